package wordnet

import "slices"

// SiblingKindOf reports whether a noun names a kind of what another
// noun's most frequent sense is a kind of, its genus, below that genus:
// a "sailboat" is a sailing vessel, a vessel, as a "boat" is a vessel,
// though WordNet files it under no "boat". The genus is the first
// sense's direct hypernym (the genus of a definition by genus and
// differentia, which WordNet's hypernym link records: Miller 1990,
// "Nouns in WordNet", §2).
func (w *WordNet) SiblingKindOf(word, head string) bool {
	heads, _ := w.senses("noun", head)
	if len(heads) == 0 {
		return false
	}
	_, genus := w.synsetLinks("noun", heads[0])
	if len(genus) == 0 {
		return false
	}
	offs, _ := w.senses("noun", word)
	offs = append(offs, w.singularSenses(word)...)
	return w.climb("noun", offs, func(off int64) bool { return slices.Contains(genus, off) })
}
