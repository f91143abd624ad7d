package lookup

import "testing"

// TestDelayedUntil: "did not find the wreck until 2019" dates the finding
// to 2019 ("not … until" puts the act off, Quirk §8.60), and the
// indefinite substitute "one" ending the question ("when did they find
// one") is no word to find.
func TestDelayedUntil(t *testing.T) {
	e := engineOf(t, `Divers find lost tugboat in Lake Erie

CLEVELAND (AP) — Divers have identified the wreck of a tugboat that sank in Lake Erie in 1924 with a crew of nine, the Great Lakes Historical Society said Monday.

The society began searching for the Dorothy Ann in 2011 but did not find a wreck until 2023, when sonar picked up an outline 40 meters down.

"It took us twelve years to find one," said diver Carl Wendt.
`)
	checkOpenings(t, e, []openingCase{
		{q: "when did they find a wreck", first: "2023", not: []string{"Until"}},
		{q: "when did they find one", first: "2023"},
	})
}
