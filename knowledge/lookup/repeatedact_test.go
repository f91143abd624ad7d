package lookup

import "testing"

// crackedSilo is a short article written for this test, in no question set.
const crackedSilo = `Grain silo emptied after crack found

MERRILL FALLS, Iowa (AP) — A grain cooperative emptied its tallest silo Thursday after a worker found a crack near the base, the cooperative said.

The silo holds about 90,000 bushels of corn. Elevator manager Rosa Tillman, 52, spotted the crack during a morning walk-around, said Gary Pruett, the cooperative's general manager.

Engineers expect to finish repairs by March.
`

// strandedKayaker is a short article written for this test, in no question
// set: the lead's rescuer is named in the body with a synonym of the lead's
// verb and the rescued man's name as object; a truck found by someone else
// must not draw the answer.
const strandedKayaker = `Kayaker found on island after two nights

HARLAN BAY, Maine (AP) — A kayaker missing for two nights was rescued Monday after a lobsterman found him on a rocky island, the Coast Guard said.

Peter Lindqvist, 44, of Bangor set out Saturday and did not return.

Lobsterman Cal Hardy, 61, spotted Lindqvist waving a paddle from the shore. His car was found Sunday by a harbor patrol officer, Jim Dube, at a boat launch.
`

// twoRetellers is a short article written for this test: two named people
// retell the act, so the description is tied to neither.
const twoRetellers = `Crack closes dam road

ELM RIDGE, Ohio (AP) — A county road over a dam was closed Friday after an inspector found a crack in the spillway, officials said.

Inspector Dana Welles found the crack on Friday morning. Engineer Hal Moritz, 39, found the crack again in the afternoon.
`

// A description that does an act is tied to the person the body names as
// doing the same act on the same object.
func TestRepeatedActNamesDoer(t *testing.T) {
	checkOpenings(t, engineOf(t, crackedSilo), []openingCase{
		{q: "who found the crack", first: "Rosa Tillman"},
	})
	checkOpenings(t, engineOf(t, strandedKayaker), []openingCase{
		{q: "who found him", first: "Cal Hardy"},
		{q: "who found his car", first: "Jim Dube"},
	})
}

// With two named doers of the act the description stays unresolved.
func TestRepeatedActNeedsOneDoer(t *testing.T) {
	e := engineOf(t, twoRetellers)
	for k, x := range e.descRefs {
		if k[0] == 1 || k[0] == 0 {
			t.Errorf("description at %v tied to %s", k, e.a.Entities[x].Name)
		}
	}
}
