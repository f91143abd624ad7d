package lookup

import "testing"

// dunmoreMill is a short article written for this test, in no question
// set: a count of the people a plant employs, and no one laid off.
const dunmoreMill = `Dunmore plant to idle line

DUNMORE, Ky. (AP) — Harlan Foods will idle one line at its Dunmore plant in May, the company said Friday.

The plant employs 410 people.
`

// A count question whose verb is a phrasal verb the article never uses
// ("laid off") asks of that act: the count of the people the plant
// employs, under another verb, does not answer it, however the passive
// is made.
func TestCountOfUnsaidPhrasalAct(t *testing.T) {
	e := engineOf(t, dunmoreMill)
	checkWantOrRefused(t, e, []wantCase{
		{"how many people were laid off", ""},
		{"how many people got laid off", ""},
		{"how many people are getting laid off", ""},
		{"how many people does the plant employ", "410"},
	})
}
