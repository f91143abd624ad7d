package lookup

import "testing"

// nursingHomeFlood is a short article written for this test, in no
// question set: people and things moved by verbs of sending, each with
// the goal in a "to" phrase.
const nursingHomeFlood = `Flooded nursing home evacuated in Louisiana

HOUMA, La. (AP) — Floodwater poured into the Bayou Oaks nursing home on Sunday, and 64 residents were sent to Terrebonne General Medical Center by bus, parish officials said.

Medical records were shipped to Thibodaux in sealed boxes, said administrator Carla Broussard, 47.
`

// A verb of sending moves its object to the goal of its "to" phrase
// (Levin 1993, §11.1; Quirk et al. 1985, §9.15), so "where were they
// sent" is answered by that goal, not by the dateline.
func TestSendVerbGoal(t *testing.T) {
	e := engineOf(t, nursingHomeFlood)
	checkOpenings(t, e, []openingCase{
		{q: "where were the residents sent", first: "Terrebonne General Medical Center."},
		{q: "where were the records shipped", first: "Thibodaux."},
	})
}
