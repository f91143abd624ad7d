package lookup

import "testing"

// TestHearerSpeaker: the person named after "tell" hears the words and
// the one after "about" is their topic; neither is the speaker when the
// speaker phrase ("the mayor") names no one.
func TestHearerSpeaker(t *testing.T) {
	e := engineOf(t, "Mayor scolds council member over missed votes\n\nDEXTER, Mo. (AP) — Dexter Mayor Lena Park publicly rebuked council member Tyrell Banks on Tuesday after he missed four straight votes on the city budget.\n\n\"The people of this ward sent you here to vote,\" Park told Banks at the start of the meeting.\n\nBanks apologized. \"I let my neighbors down,\" he said.\n")
	checkAnswers(t, e, []answerCase{
		{"what did the mayor tell banks", []string{"sent you here to vote"}, []string{"neighbors"}},
		{"what did the mayor say about banks", []string{"sent you here to vote"}, []string{"neighbors"}},
		{"what did banks say", []string{"neighbors"}, nil},
	})
}
