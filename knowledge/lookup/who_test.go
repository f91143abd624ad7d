package lookup

import "testing"

// medevacLanding is a short article written for this test, in no question
// set: a crew of two, one named with a noun that shares the stemmer's cut
// of the asked verb ("flight" and "flying" are both cut to "fli"), the
// other the doer of the asked act in the progressive ("was flying").
const medevacLanding = `Medical helicopter lands in a cornfield

AMES, Iowa (AP) — A medical helicopter carrying a patient made an emergency landing in a cornfield Tuesday after its engine lost power, the operator said.

Chief pilot Mara Ellison, 48, who has logged 8,000 flight hours, radioed the tower when the helicopter began to shake. Trainee pilot Ben Ortiz, 26, was flying the aircraft at the time.

The patient was taken to a hospital in Des Moines by ambulance.
`

// "was flying" is the progressive, not a passive without its agent, so its
// subject did the act; and "flight" is no clipping of "flying": a
// clipping is a word of its own (Quirk et al., §3.54, App. I.74).
func TestProgressiveDoerAndStemCutsNoClipping(t *testing.T) {
	e := engineOf(t, medevacLanding)
	checkAnswers(t, e, []answerCase{
		{"who was actually flying the helicopter", []string{"Ben Ortiz"}, []string{"Ellison"}},
	})
}

// kilnStrike is a short article written for this test, in no question
// set: a company's spokesman named by the role, a union leader who also
// speaks, and a bill a lawmaker spoke for.
const kilnStrike = `Brick workers walk out at Ohio kiln

ZANESVILLE, Ohio (AP) — About 200 workers at the Redmond Brick Co. kiln walked off the job Monday after talks on a new contract broke down.

"We have made a fair offer and we hope the workers return soon," company spokesman Victor Hale said Tuesday.

Union president Rosa Lindqvist said the workers would stay out until the company restored their pensions. She spoke with the plant manager by phone on Monday night.

State Rep. Owen Marsh spoke for a bill that would fund pensions at failed plants.
`

// One who speaks for another is their spokesperson (Merriam-Webster,
// "spokesperson"; AP Stylebook, "spokesman, spokeswoman").
func TestSpeakingForIsTheSpokesperson(t *testing.T) {
	e := engineOf(t, kilnStrike)
	checkAnswers(t, e, []answerCase{
		{"who's speaking for the company", []string{"Victor Hale"}, []string{"Lindqvist"}},
		{"who speaks for redmond brick", []string{"Victor Hale"}, []string{"Lindqvist"}},
		// a bill has no spokesperson: "spoke for" it is spoke in its favour
		{"who spoke for the bill", []string{"Owen Marsh"}, []string{"Hale"}},
	})
}
