package wordnet

import (
	"slices"
	"strconv"
	"strings"
)

// LowerCasePerson reports whether word, written in lower case, names a
// kind of person: whether one of its noun senses filed under noun.person
// spells it in lower case. WordNet keeps the case of a lemma as it is
// written (wndb(5WN): "Pole", a native of Poland, beside "pole", a
// rod), and English capitalises the nouns of nationality and the proper
// names of people (AP Stylebook, "nationalities and races"), so a lower-
// case "pole" is no Pole.
func (w *WordNet) LowerCasePerson(word string) bool {
	word = strings.ToLower(strings.TrimSpace(word))
	offs, base := w.senses("noun", word)
	offs = append(offs, w.singularSenses(word)...)
	return slices.ContainsFunc(offs, func(off int64) bool {
		return w.personSynset(off) && (spelledLower(readLine(w.data["noun"], off), base) || spelledLower(readLine(w.data["noun"], off), word))
	})
}

// spelledLower reports whether the synset line lists lemma in lower case.
func spelledLower(line []byte, lemma string) bool {
	fs := strings.Fields(string(line))
	if len(fs) < 4 {
		return false
	}
	n, err := strconv.ParseInt(fs[3], 16, 32)
	if err != nil {
		return false
	}
	lemma = strings.ReplaceAll(lemma, " ", "_")
	for i := 0; i < int(n) && 4+2*i < len(fs); i++ {
		if l := fs[4+2*i]; l == lemma || strings.TrimSuffix(l, "(p)") == lemma {
			return true
		}
	}
	return false
}

// ProperOnly reports whether WordNet knows word only as a proper noun:
// it has no sense but a noun's, and every noun sense spells it with a
// capital ("Newport", "Duluth"; not "park" or "city", which it lists in
// lower case). English capitalises a proper noun wherever it stands (AP
// Stylebook, "capitalization"; Quirk et al. 1985, §5.60), so such a word
// at the start of a sentence is a name, not a common word capitalised by
// its place.
func (w *WordNet) ProperOnly(word string) bool {
	word = strings.ToLower(strings.TrimSpace(word))
	if !slices.Equal(w.PartsOfSpeech(word), []string{"noun"}) {
		return false
	}
	offs, base := w.allSenses("noun", word)
	return len(offs) > 0 && !slices.ContainsFunc(offs, func(off int64) bool {
		return spelledLower(readLine(w.data["noun"], off), base)
	})
}
