package lookup

import "testing"

// TestLostObjectTo checks, on a short article written for this test,
// that "lost the state championship game to the Medford Pumas" names the
// winner after the object lost, so "who won" is the Pumas, not the team
// an earlier result of the season names.
func TestLostObjectTo(t *testing.T) {
	e := engineOf(t, "Hometown team loses final\n\n"+
		"SALEM, Ore. (AP) — The Salem Otters lost the state championship game to the Medford Pumas on Saturday night, ending a season of 24 wins.\n\n"+
		"The Otters had beaten the Pumas twice in the regular season. Coach Lena Ortiz said her players would be back.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who won the championship game", first: "Medford Pumas"},
		{q: "who won", first: "Medford Pumas"},
		{q: "who beat the otters", first: "Medford Pumas"},
	})
}
