package lookup

import "testing"

// trailPlan is a short article written for this test, in no question set:
// work on a trail dated only by a season ("in the spring"), and another
// act dated by a day.
const trailPlan = `County approves river trail

MISSOULA, Mont. (AP) — County commissioners on Tuesday approved a 6-mile trail along the Clark Fork River.

Construction of the trail is expected to begin in the spring. A public meeting on the route is set for Thursday.
`

// A season after "in" is a time of its own (AP Stylebook, "seasons"):
// it dates the construction, and "Tuesday" or "Thursday" do not.
func TestSeasonDatesAnAct(t *testing.T) {
	e := engineOf(t, trailPlan)
	checkAnswers(t, e, []answerCase{
		{"when does construction start", []string{"spring"}, []string{"Tuesday", "Thursday"}},
		{"when will work on the trail begin", []string{"spring"}, []string{"Tuesday", "Thursday"}},
	})
}
