package lookup

import "testing"

// truckThefts is a short article written for this test, in no question
// set: a sentence whose question words stand in the scope of a negated
// verb the question does not ask ("have not connected that theft to the
// brothers"), beside one that states the brothers' act outright.
const truckThefts = `Two brothers charged in Elmford car thefts

ELMFORD, Kan. (AP) — Two brothers were charged Wednesday with stealing four pickup trucks from a dealership lot in Elmford, police said.

Police Chief Nora Villet said a fifth truck was taken from a farm near Dunmore last week, but detectives have not connected that theft to the brothers.

The brothers are being held on $20,000 bail each.
`

// TestNegatedScope gives no Yes from a sentence that holds the question's
// words only under another verb's negation, and still says Yes where the
// act is stated.
func TestNegatedScope(t *testing.T) {
	e := engineOf(t, truckThefts)
	checkOpenings(t, e, []openingCase{
		{q: "did the brothers take the fifth truck", first: partialYesNo, want: []string{"have not connected"}},
		{q: "did the brothers steal pickup trucks", first: "Yes"},
		{q: "are the brothers being held", first: "Yes"},
	})
}
