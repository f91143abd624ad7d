package lookup

import "testing"

// craneCollapse is a short article written for this test, in no question
// set: a count named by a closed compound WordNet does not list.
const craneCollapse = `Crane collapses at Tacoma port

TACOMA, Wash. (AP) — Two dockworkers were hurt Tuesday when a crane collapsed at the Port of Tacoma, officials said. The other workers on the pier had left for lunch.

A museum next door keeps 40 butterflies in a glass house, and none were harmed.
`

// "Dockworkers" are workers, the compound's last base being its head;
// "butterflies", which WordNet files as no kind of fly, are no flies.
func TestClosedCompoundCounted(t *testing.T) {
	e := engineOf(t, craneCollapse)
	if e.noLex {
		t.Skip("no WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{q: "how many workers were hurt", first: "Two"},
	})
	checkAnswers(t, e, []answerCase{
		{"how many flies does the museum keep", nil, []string{"40"}},
	})
}
