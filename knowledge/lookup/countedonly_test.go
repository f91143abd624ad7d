package lookup

import (
	"testing"

	"storybot/knowledge"
)

// bridgeFlood is a short article written for this test, in no question
// set: it counts people for one predicate (died) and never says where
// anyone spent the night.
const bridgeFlood = `Flash flood sweeps cars off rural road

MILLBROOK, Ky. (AP) — A flash flood swept three cars off a county road near Millbrook late Tuesday, and two people died, Sheriff Carla Denton said.

Denton, 52, said about 40 homes along Sulphur Creek took on water. "It came up faster than anyone here has ever seen," she said.

The creek crested at 14 feet on Wednesday morning, the National Weather Service said.
`

func TestCountWithUnsaidPredicateIsNotSaid(t *testing.T) {
	e := engineOf(t, bridgeFlood)
	for _, q := range []string{"how many people are in shelters", "how many people are in hotels"} {
		if a := ask(t, e, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the article never says where anyone stayed, got:\n%s", q, a.Text)
		}
	}
	checkOpenings(t, e, []openingCase{
		{"how many people died", "", []string{"two"}, nil},
	})
}
