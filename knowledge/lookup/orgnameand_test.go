package lookup

import "testing"

// A short story naming an employer whose name holds "and".
const orgNameAndStory = `Elk herd moves into town

ESTES PARK, Colo. (AP) — A herd of about 60 elk wandered into the town center on Monday.

Visitors should keep their distance, said Jo Reyes, a biologist with the Colorado Department of Parks and Wildlife.
`

func TestOrgNameAndReadWhole(t *testing.T) {
	e := engineOf(t, orgNameAndStory)
	checkOpenings(t, e, []openingCase{
		{q: "where does jo reyes work", first: "The Colorado Department of Parks and Wildlife."},
	})
}
