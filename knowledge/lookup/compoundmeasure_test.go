package lookup

import "testing"

// marathonMatch is a short article written for this test, in no question
// set: durations and a height written in two units, the larger first.
const marathonMatch = `Okoro outlasts Vidal in Auckland final

AUCKLAND, New Zealand (AP) — Ada Okoro beat Lena Vidal 7-6, 6-7, 7-5 on Sunday to close a 3-hour, 12-minute final, the longest of the season.

Vidal, who stands 6 feet 2 inches, had won their semifinal in 1 hour and 40 minutes on Friday.
`

// A measure in a larger unit and then a smaller one is one measure: the
// answer (ending in a full stop, as the cited sentences do not there)
// gives both units.
func TestCompoundMeasure(t *testing.T) {
	e := engineOf(t, marathonMatch)
	checkAnswers(t, e, []answerCase{
		{"how long did the final last", []string{"3 hours, 12 minutes."}, nil},
		{"how long was the semifinal", []string{"1 hour and 40 minutes."}, nil},
		{"how tall is vidal", []string{"6 feet 2 inches."}, nil},
	})
}
