package lookup

import "testing"

// coachSuspended is a short article written for this test, in no
// question set: a span of time that measures the noun of its of-phrase.
const coachSuspended = `Coach suspended after brawl

DALTON, Ga. (AP) — League Commissioner Ray Fenn on Monday gave Dalton High coach Lee Marsh two weeks of unpaid leave after a brawl at Friday's game.
`

func TestDurationOfItsOfPhrase(t *testing.T) {
	checkAnswers(t, engineOf(t, coachSuspended), []answerCase{
		// the leave lasts two weeks; nothing says how long Fenn has been
		// commissioner or Marsh coach
		{"how long has fenn been commissioner", nil, []string{"Two weeks"}},
		{"how long was marsh a coach", nil, []string{"Two weeks"}},
		// the thing measured, and the act whose object it is, are answered
		{"how long is marsh's leave", []string{"Two weeks"}, nil},
	})
}
