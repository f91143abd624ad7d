package lookup

import "testing"

// libraryLevy is a short article written for this test, in no question
// set: a vote, a dissenter's stated plan, the reporter's dated next step,
// and a quotation in future time.
const libraryLevy = `Tamsin board rejects library levy

TAMSIN, Kan. (AP) — The Tamsin school board voted 4-3 on Monday against putting a library levy on the ballot.

Board member Joan Frey, who voted for the levy, said she plans to gather signatures to force a vote.

"We will keep fighting for this library," Frey said.

The board is scheduled to take up the library's budget on March 3.

Librarian Ned Oakes said the branch will cut its Saturday hours.
`

// "What's next" asks the step still ahead, told in future time (Quirk et
// al., §4.42–4.48): the reporter's own dated sentence before a side's
// stated plan or a quotation, and "next" is no word to find.
func TestNextStepAnswersFutureTime(t *testing.T) {
	e := engineOf(t, libraryLevy)
	checkAnswers(t, e, []answerCase{
		{"what's next", []string{"scheduled to take up the library's budget"}, nil},
		{"so what happens next?", []string{"March 3"}, nil},
		{"whats next for frey", []string{"gather signatures"}, nil},
		{"what's next for the branch", []string{"Saturday hours"}, nil},
	})
}
