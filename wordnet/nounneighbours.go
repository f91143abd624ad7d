package wordnet

// NounNeighbours is Neighbours over the word's senses as a noun only: a
// word after a determiner heads a noun phrase (Quirk et al. 1985,
// chapter 5: determiners open the noun phrase), so "the stock" is the
// shares, not the verb "stock" whose broader term is "fit out".
func (w *WordNet) NounNeighbours(word string) []string {
	return w.neighboursAs(word, []string{"noun"}, "noun\x00")
}
