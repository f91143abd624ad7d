package lookup

import "testing"

// TestStrandedGloss: a verb the article never writes, asked with a
// stranded preposition ("caught in"), stands for the article's verb its
// WordNet gloss names ("to hook or entangle") when the article writes that
// verb with the same preposition ("entangled in a nylon net"); a verb the
// gloss names but the article writes with no such preposition does not.
func TestStrandedGloss(t *testing.T) {
	e := engineOf(t, "Heron freed from net\n\nASTORIA, Ore. (AP) — A great blue heron that had become entangled in a nylon net was freed Monday by two volunteers.\n\nThe volunteers said they would return the bird to the marsh.\n")
	checkOpenings(t, e, []openingCase{
		{q: "what was the heron caught in", first: "A nylon net."},
	})
	q := e.understand("what did the volunteers catch it with", nil)
	if got := e.strandedGlossKnown(q.toks, 4); len(got) > 0 {
		t.Errorf("strandedGlossKnown for a stranded with = %v, want none: the article writes no verb before with", got)
	}
}
