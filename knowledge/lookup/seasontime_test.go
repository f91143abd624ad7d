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

// semesterPlan is a short article written for this test, in no question
// set: a season with its year premodifying a noun, with no preposition,
// and "fall" as a verb before a figure.
const semesterPlan = `Regents back tuition freeze

RENO, Nev. (AP) — A committee of the state's regents voted Thursday to freeze tuition at both research universities.

If the full board agrees, the freeze would take effect with the fall 2026 semester. Enrollment could fall 2% next year, officials said.
`

// A season before a year dates an act without "in" (AP Stylebook,
// "seasons"): the answer is "fall 2026", not the bare year.
func TestSeasonYearPremodifier(t *testing.T) {
	e := engineOf(t, semesterPlan)
	checkOpenings(t, e, []openingCase{
		{q: "when does the freeze take effect", first: "Fall 2026"},
	})
}
