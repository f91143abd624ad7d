package lookup

import "testing"

// A story whose unnamed doers' acts are denied ("was not wearing", "did
// not see") and whose sources are named after them.
const notBeforeVerbStory = `Cyclist hurt in crash on county road

ELK RIVER, Minn. (AP) — A cyclist was seriously hurt Sunday when a pickup truck struck him on County Road 12, Sheriff Dana Kerr said.

The rider was not wearing a helmet, according to State Patrol Sgt. Luis Ortega.

Two passers-by did not see the crash but stopped to help, Kerr said.
`

func TestNotBeforeTheVerbKeepsItsSubject(t *testing.T) {
	e := engineOf(t, notBeforeVerbStory)
	checkOpenings(t, e, []openingCase{
		// "not" stands between the operator and the verb: the rider is the subject, not the source
		{q: "who wasnt wearing a helmet", first: "The rider"},
		{q: "who didnt see the crash", first: "Two passers-by"},
	})
}
