package lookup

import "testing"

// "made" after an act noun ("the decision") is the light verb of "make a
// decision": the sentence dating the decision answers without it. After
// a made thing ("the heaters") it keeps its meaning.
func TestEventivePassive(t *testing.T) {
	e := engineOf(t, "Club picks new coach\n\nTOLEDO, Ohio (AP) — The Harbor FC board chose Lena Marsh as head coach on Monday in a unanimous decision, the club said. The decision ends a six-month search.\n\nMarsh made the playoffs twice with Erie.\n")
	checkOpenings(t, e, []openingCase{
		{q: "when was the decision made", first: "On Monday"},
	})
	f := engineOf(t, "Club warms its stands\n\nTOLEDO, Ohio (AP) — The club's new heaters were installed last month. They were made in 2019.\n")
	checkOpenings(t, f, []openingCase{
		{q: "when were the heaters made", first: "In 2019"},
	})
}
