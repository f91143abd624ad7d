package lookup

import "testing"

// deckhandStrike is a short article written for this test, in no question
// set: a bare count of "more" whose nearest counted noun ("sailings")
// comes after a count of another noun ("two days") in the same sentence.
const deckhandStrike = `Strike idles Lanford ferries

LANFORD, Maine (AP) — A strike by deckhands shut the Lanford ferry line for two days this week, canceling 86 sailings and delaying 40 more, the operator said.

About 9,000 riders use the ferries each week, operator spokeswoman Carla Mendes said.
`

func TestMoreTakesTheNearestCountedNoun(t *testing.T) {
	e := engineOf(t, deckhandStrike)
	checkOpenings(t, e, []openingCase{
		// "40 more" counts sailings, the nearest noun before it
		{"how many sailings were delayed", "40", nil, nil},
		{"how many sailings did the strike delay", "40", nil, nil},
		// the earlier count keeps its own noun
		{"how many sailings were canceled", "86", nil, nil},
	})
}
