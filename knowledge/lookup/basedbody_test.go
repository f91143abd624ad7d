package lookup

import "testing"

// "Where is X based" is answered by a "Name-based" compound before a
// common noun that stands for the story's body ("the Tulsa-based
// company"), before a place that only stands near the name in a sentence
// that never says "based"; the article is written for this test and is in
// no question set.
func TestBasedCompoundOfTheStorysBody(t *testing.T) {
	e := engineOf(t, "Pipeline firm fined\n\nTULSA, Okla. (AP) — Regulators fined Red Mesa Pipeline, one of the largest gas companies in the southern Plains, $3 million on Friday.\n\n"+
		"Dana Whitt, who has run the Tulsa-based company since 2019, said it would appeal.\n")
	checkOpenings(t, e, []openingCase{
		{q: "where is red mesa pipeline based", first: "Tulsa."},
		{q: "where is the company based", first: "Tulsa."},
	})
}
