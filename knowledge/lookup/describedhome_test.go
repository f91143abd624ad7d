package lookup

import "testing"

// A story that names a person by a description first and identifies
// them later with age and hometown.
const describedHomeStory = `Snowmobiler dies after crossing thin ice

BRAINERD, Minn. (AP) — A snowmobiler died Saturday after breaking through thin ice on Gull Lake, the Crow Wing County Sheriff's Office said.

The rider, identified as Dale Berg, 47, of Pequot Lakes, was pulled from the water by firefighters about 40 minutes later.

A second rider turned back before reaching the open water, Sheriff Eric Klang said.
`

func TestDescribedPersonsHome(t *testing.T) {
	e := engineOf(t, describedHomeStory)
	checkOpenings(t, e, []openingCase{
		// the description resolves to Dale Berg, whose hometown the identification gives
		{q: "where was the rider from", first: "Pequot Lakes"},
		{q: "wheres the rider from", first: "Pequot Lakes"},
	})
}
