package lookup

// The adjective of position in a where-question (part of stage 2): "where
// is the plant located" asks what "where is the plant" asks. "Located"
// and "situated" (WordNet 3.0, the adjective synset "located, placed,
// set, situated": situated in a particular spot or position) predicate
// only that their subject has a position, which the place adjunct the
// question asks for states (Quirk et al., §9.1, the predication of
// position by "be" with a place adjunct); the article need not write
// them ("The Wendham plant sits on 40 acres along the Sable River").

// situatedAdjectives are the adjectives of WordNet 3.0's synset "located,
// placed, set, situated" that a where-question uses after its subject
// ("placed" and "set" are left out: as verbs they name acts of putting).
var situatedAdjectives = set("located", "situated", "sited")

// positionFrame reports whether question word i is an adjective of
// position in a where-question, which asks no more than "where" does,
// when the article does not write it.
func (e *Engine) positionFrame(q *query, i int) bool {
	return q.typ == tPlace && situatedAdjectives[q.toks[i].lower] && !e.known(q.toks[i])
}
