package lookup

import "testing"

// ferrisTowing is a short article written for this test, in no question
// set: two figures set side by side by "compared with … for", one party
// named before the marker and the other only in the "for" phrase.
const ferrisTowing = `Town tow trucks reach stalled cars faster than private firms

FERRIS, Ohio (AP) — The town's own tow trucks reach stalled cars on the highway in 18 minutes, compared with 31 minutes for the private towing companies the county hires, the public works director said Tuesday.

The town owns four tow trucks.
`

func TestYardstickOwnerAnswersForItsParty(t *testing.T) {
	checkAnswers(t, engineOf(t, ferrisTowing), []answerCase{
		// the party named only in the "for" phrase owns the yardstick
		{"how long does it take the private towing companies to get there", []string{"31 minutes"}, []string{"18 minutes."}},
		// the party before the marker keeps its own figure
		{"how long does it take the town's tow trucks to reach a stalled car", []string{"18 minutes"}, []string{"31 minutes."}},
	})
}
