package lookup

import "testing"

// bagBan is a short article written for this test, in no question set:
// a place that would be the Nth of its kind to act, and a player's own
// ordinal, which counts hers alone.
const bagBan = `Vermont weighs plastic bag ban

MONTPELIER, Vt. (AP) — If signed, the bill would make Vermont at least the ninth state to ban plastic shopping bags, according to a group that tracks the laws.

In Saturday's game in Burlington, forward Kaya Lind drew her second penalty of the season. The team scored the third goal of the night.
`

// A definite ordinal of the noun counted answers "how many" when no
// count does ("the ninth state to ban": nine states); a possessive's
// ordinal counts its owner's alone, and one with no clause saying what
// the series is of counts nothing.
func TestOrdinalCount(t *testing.T) {
	e := engineOf(t, bagBan)
	checkAnswers(t, e, []answerCase{
		{"how many states would ban plastic bags if vermont signs", []string{"9", "at least the ninth state"}, nil},
		{"how many penalties did burlington get", nil, []string{"2:", "second penalty."}},
		// "the third goal" with no clause of what the series is of counts nothing
		{"how many goals did the team score", nil, []string{"3:"}},
	})
}
