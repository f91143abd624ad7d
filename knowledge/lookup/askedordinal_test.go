package lookup

import "testing"

// finalService is a short article written for these tests, in no question
// set: the occasion asked as "the final" one is written "the last" one,
// and a later sentence dates another service.
const finalService = `Temple to close after 96 years

CEDAR BLUFF, Iowa (AP) — The last service at Temple Emanuel will be held on June 14, Rabbi Noa Feld said.

The temple's choir will then sing at a joint service in August.
`

// TestOrdinalAskedBySynonym checks that "final", which WordNet 3.0 files
// with "last", asks of the article's "last service", so that sentence is
// the occasion asked, not an earlier or another instance of it.
func TestOrdinalAskedBySynonym(t *testing.T) {
	e := engineOf(t, finalService)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "when's the final service", first: "On June 14", not: []string{"August"}},
		{q: "when is the last service", first: "On June 14", not: []string{"August"}},
	})
}
