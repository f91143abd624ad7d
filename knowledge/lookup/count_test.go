package lookup

import "testing"

// snowStorm is a short article written for this test, in no question set:
// a death toll told by the passive of a causative verb, hedged ("at least
// three people were killed"), beside one death told by "died"; amounts of
// a mass noun measured in units, its subject a compound of the noun
// ("Snowfall reached 22 inches in Stowe and 15 inches in Montpelier"),
// each measure owned by the place after it; and a count of people that
// answers neither.
const snowStorm = `Blizzard buries northern Vermont

BURLINGTON, Vt. (AP) — A blizzard dropped heavy snow across northern Vermont on Tuesday and knocked out power to 38,000 homes.

At least three people were killed in crashes on Interstate 89, state police said. One driver died when his truck slid off a bridge near Waterbury.

Snowfall reached 22 inches in Stowe and 15 inches in Montpelier, the National Weather Service said.

About 900 people spent the night in warming centers, officials said.
`

// "How many died" is answered by a count of those killed: WordNet's
// cause relation (kill → die), a causative entailing its result; and
// "how much snow" by a measure of the snowfall, at the place asked.
func TestCountByCauseAndMeasureOfMass(t *testing.T) {
	e := engineOf(t, snowStorm)
	checkAnswers(t, e, []answerCase{
		{"how many ppl died", []string{"At least three"}, []string{"900"}},
		{"how much snow in stowe", []string{"22 inches"}, []string{"15 inches."}},
		{"how much snow fell in montpelier", []string{"15 inches"}, []string{"22 inches."}},
		{"how much snow fell in waterbury", nil, []string{"inches."}},
	})
}
