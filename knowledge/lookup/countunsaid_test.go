package lookup

import "testing"

// ferryDelay is a short article written for this test, in no question
// set: counts of people under acts a question may not name ("spent the
// night", "waited"), and a count whose verb the article does tell.
const ferryDelay = `Storm strands ferry riders on Gull Island

GULL ISLAND, Maine (AP) — A winter storm halted ferry service to Gull Island on Friday, and about 60 people spent the night in the island's town hall, officials said.

Harbor master Ruth Calder said 14 passengers waited at the mainland dock until the last boat was canceled. Crews cleared three docks by Saturday morning.
`

func TestUnsaidCountedAct(t *testing.T) {
	e := engineOf(t, ferryDelay)
	checkAnswers(t, e, []answerCase{
		// the act counted is never told: no count of people under another act answers
		{"how many people drowned", nil, []string{"60", "14"}},
		{"how many passengers were rescued", nil, []string{"60", "14"}},
		// the words after the unknown verb still name the act's setting
		{"how many people slept in the town hall", []string{"60"}, nil},
		// a subject between the counted noun and the verb: an object question
		{"how many passengers did the harbor master count", []string{"14"}, nil},
		// the verb the article uses
		{"how many docks were cleared", []string{"three"}, nil},
	})
}
