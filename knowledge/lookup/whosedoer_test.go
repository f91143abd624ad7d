package lookup

import "testing"

// marinaSale is a short article written for this test, in no question
// set: one doer is named only through a genitive relative ("whose company"),
// another acts in her own clause.
const marinaSale = `Lakeside marina sold to local developer

BRIDGTON, Maine (AP) — The Long Lake marina was sold Monday to a group of local investors, the town said.

The group is led by Nora Quill, whose company rebuilt the town pier in 2019, and by Peter Hale, a retired banker.

Hale, a former selectman, painted the boathouse last summer. A contractor repaved the parking lot.
`

// The act's subject opens with "whose": the antecedent before the comma
// is the one the article names for the act.
func TestWhoseDoerIsAntecedent(t *testing.T) {
	e := engineOf(t, marinaSale)
	checkOpenings(t, e, []openingCase{
		{q: "who rebuilt the town pier", first: "Nora Quill", not: []string{"Whose"}},
		{q: "who painted the boathouse", first: "Peter Hale"},
	})
}

// With no "whose" before the act the rule does not fire: the unnamed
// doer stays unnamed.
func TestWhoseDoerNotWithoutWhose(t *testing.T) {
	e := engineOf(t, marinaSale)
	checkOpenings(t, e, []openingCase{
		{q: "who repaved the parking lot", first: "A contractor", not: []string{"Quill", "Hale"}},
	})
}
