package lookup

import "storybot/knowledge"

// Stage 5, deciding: a place the question names restricts what it asks
// ("how many were sold in Mexico"): an adverbial or a postmodifier of
// place says where the act happened or which thing is meant (Quirk et
// al., "A Comprehensive Grammar of the English Language", on space
// adjuncts and on postmodification by prepositional phrases). When
// the article never names that place, its figures and names are of other
// places or of none, so the word may not be left out as a paraphrase.

// unnamedPlace reports whether term t, which the article never uses, is
// the name of a country, a U.S. state or a city of the gazetteer.
func unnamedPlace(t term) bool {
	return !t.known && knowledge.GazetteerPlace(t.lower) != ""
}
