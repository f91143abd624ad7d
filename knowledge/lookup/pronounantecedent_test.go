package lookup

import "testing"

// lanternNight is a short article written for this test, in no question
// set: counts of "them" whose antecedent stands in the sentence before
// or earlier in the same sentence, and one whose sentence opens a
// paragraph.
const lanternNight = `Lantern night draws crowd to riverfront

ELMORE, Ohio (AP) — Volunteers launched paper lanterns over the river on Saturday night for the town's first lantern festival.

The lanterns were folded by local schoolchildren. Organizers said 140 of them carried messages for relatives who had died.

Police counted about 2,000 spectators along the river, and about 300 of them paid for a boat ride.

Twelve of them drifted into trees.
`

// TestPronounAntecedent checks that a count followed by "of them" counts
// the pronoun's antecedent: the plural noun the sentence before opens
// with, or a count earlier in its own sentence, and nothing across a
// paragraph break.
func TestPronounAntecedent(t *testing.T) {
	e := engineOf(t, lanternNight)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many lanterns carried messages", first: "140"},
		{q: "how many spectators paid for a boat ride", first: "About 300"},
	})
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			m, ok := e.pronounPartitiveHead(s, n)
			switch n.text {
			case "140":
				if !ok || m.noun != "lanterns" {
					t.Errorf("140 of them: antecedent %q, %v; want lanterns", m.noun, ok)
				}
			case "Twelve":
				if ok {
					t.Errorf("Twelve of them opens a paragraph: want no antecedent, got %q", m.noun)
				}
			}
		}
	}
}
