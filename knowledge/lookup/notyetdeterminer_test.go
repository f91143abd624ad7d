package lookup

import "testing"

// TestNotYetPastDeterminerNoun: in "did the board already approve it"
// the word after "the" is the head of a noun phrase, not the verb asked
// about, even when an adverb stands between it and the verb; so a
// sentence that gives the approval only as expected answers "not yet",
// while an act told as done still answers yes.
func TestNotYetPastDeterminerNoun(t *testing.T) {
	e := engineOf(t, `Teachers ratify pact in Dunmore

DUNMORE, Pa. (AP) — Teachers in the Dunmore school district voted 212-40 on Tuesday to ratify a three-year contract.

The school board is expected to approve the contract at its meeting next week. The union also elected a new treasurer, Ada Kwan.
`)
	checkAnswers(t, e, []answerCase{
		{"did the board already approve it", []string{"Not yet"}, []string{"Yes"}},
		{"has the board actually approved the contract", []string{"Not yet"}, []string{"Yes"}},
		{"did the union already elect a treasurer", []string{"Yes"}, []string{"Not yet"}},
	})
}
