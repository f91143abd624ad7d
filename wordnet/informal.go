package wordnet

import (
	"regexp"
	"strings"
)

// WordNet 3.0 glosses a colloquial noun by a fixed formula: "an informal
// term for a father" (dad, daddy, pa, pop), "informal terms for a mother"
// (mom, ma), "an informal term for a youth or man" (guy), "informal terms
// for journalists" (scribe). Such a synset is filed as a hyponym of the
// formal word, but the formula says it is no kind of it: it is the same
// thing in another register, so its hypernym's words name what it names. A
// reporter in chat writes "the dad" for the article's "his father".

// InformalFor returns the words a colloquial noun is an informal term
// for, from its most frequent senses ("dad" → father, male parent,
// begetter), or nothing for a word WordNet does not gloss so.
func (w *WordNet) InformalFor(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	offs, _ := w.senses("noun", word)
	var out []string
	for _, off := range offs {
		out = append(out, w.informalSynonyms("noun", off)...)
	}
	return out
}

// informalGloss matches the gloss formula of a colloquial synset.
// Besides "informal", WordNet 3.0 labels a colloquial synset by the
// attitude its words carry ("uncomplimentary terms for a policeman":
// cop, copper, fuzz; "a disparaging term for", "slang term for"): the
// same thing named in another register.
var informalGloss = regexp.MustCompile(`\|\s*(?:an? )?(?:informal|slang|colloquial|uncomplimentary|disparaging|derogatory|pejorative) terms? for `)

// informalHypernyms returns the offsets of the hypernyms of the noun
// synset at off when its gloss calls it an informal term for them, or
// nothing.
func (w *WordNet) informalHypernyms(p string, off int64) []int64 {
	if p != "noun" {
		return nil
	}
	line := string(readLine(w.data[p], off))
	if !informalGloss.MatchString(line) {
		return nil
	}
	_, ups := w.synsetLinks(p, off)
	return ups
}

// informalSynonyms returns the words of the synsets the colloquial synset
// at off is an informal term for, multi-word ones with spaces.
func (w *WordNet) informalSynonyms(p string, off int64) []string {
	var out []string
	for _, up := range w.informalHypernyms(p, off) {
		for _, l := range w.synset(p, up) {
			out = append(out, strings.ReplaceAll(l, "_", " "))
		}
	}
	return out
}
