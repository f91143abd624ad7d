package lookup

import "testing"

// soloRow is a short article written for this test, in no question set:
// a crossing's time in hours and the rower's pace in knots, the pace
// written without the verb of motion a question would use.
const soloRow = `Rower crosses Kestrel Bay alone

PORT ADAIR, Wash. (AP) — Nadia Ferris rowed alone across Kestrel Bay on Saturday, finishing the crossing in three hours.

Her average pace was about 4 knots, her coach, Ben Ortiz, said.

Crews spent two years building her boat.
`

// "how fast did she row" asks a speed, not the time the act took: the
// knots answer, though their sentence never writes "row"; "how fast did
// crews build it" still asks the time.
func TestHowFastBeforeAVerbOfMotionAsksSpeed(t *testing.T) {
	e := engineOf(t, soloRow)
	checkAnswers(t, e, []answerCase{
		{"how fast did ferris row", []string{"4 knots"}, []string{"three hours"}},
		{"how fast was she going", []string{"4 knots"}, []string{"three hours"}},
		{"how long did the crossing take", []string{"three hours"}, []string{"knots"}},
		{"how fast did crews build the boat", []string{"two years"}, []string{"knots"}},
	})
}

func TestSpeedVerbForms(t *testing.T) {
	for _, w := range []string{"swim", "sailed", "driving", "runs"} {
		if !motionVerbAt(token{lower: w, stem: stemOf(w)}) {
			t.Errorf("%q should be a verb of motion", w)
		}
	}
	for _, w := range []string{"ship", "hire", "climb"} {
		if motionVerbAt(token{lower: w, stem: stemOf(w)}) {
			t.Errorf("%q should not be a verb of motion", w)
		}
	}
}
