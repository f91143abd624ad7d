package lookup

import "testing"

// A story whose things' ages premodify the subject of a clause whose
// verb, in its -s form, could also be read as a plural noun.
const presentVerbHeadStory = `Old ferry to keep running

DULUTH, Minn. (AP) — The county will keep its ferry in service through next year, officials said Monday.

The 71-year-old ferry carries about 300 cars a day across the bay.

A 120-year-old stone lighthouse guards the harbor mouth.
`

func TestPresentVerbEndsAgedPhrase(t *testing.T) {
	e := engineOf(t, presentVerbHeadStory)
	checkOpenings(t, e, []openingCase{
		{"how old is the ferry", "71 years old", nil, nil},
		{"how old is the lighthouse", "120 years old", nil, nil},
	})
}
