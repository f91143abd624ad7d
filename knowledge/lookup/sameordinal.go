package lookup

import "slices"

// The same instance in other words (part of stage 4, when-questions). A
// general ordinal singles out one of several things of a kind by its
// place in time ("the previous contract", Quirk et al., §5.19–5.23), and
// an adjective of the same meaning does so too: "old" and "former" in
// their non-inherent sense ("my old house", "the former owner": the one
// before, Quirk et al., §7.36 on inherent and non-inherent adjectives).
// WordNet 3.0 files such words in one adjective synset ("previous, old":
// just preceding something else in time or order).

// sameOrdinal reports whether question word asked is an adjective WordNet
// lists as a synonym of the general ordinal w the article writes, in w's
// most frequent senses: "old" or "former" for the article's "previous".
func (e *Engine) sameOrdinal(w, asked string) bool {
	return !e.noLex && e.canBe(asked, "adj") && slices.Contains(e.lex.Synonyms(w), asked)
}
