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
