package lookup

import "testing"

// libraryReopening is a short article written for this test, in no
// question set: broad times each restated, after a comma, more exactly.
const libraryReopening = `Flooded library reopens its doors

DANVERS, Mass. (AP) — The town's main library reopened Monday after a burst pipe closed it for most of a year.

The pipe burst last winter, on Jan. 9, flooding the basement stacks.

Crews finished drying the building in the spring, in late May, the town manager said.
`

// TestSpecifiedTime checks that a time restated more exactly in
// apposition is answered with both, the season never alone.
func TestSpecifiedTime(t *testing.T) {
	e := engineOf(t, libraryReopening)
	checkOpenings(t, e, []openingCase{
		{q: "when did the pipe burst", first: "Last winter, on Jan. 9"},
		{q: "when did crews finish drying it", first: "In the spring, in late May"},
		{q: "when did it reopen", first: "Monday."},
	})
}
