package lookup

import "testing"

// deckhandWalkout is a short article written for this test, in no question
// set: a lead with the newest development, an older background sentence
// and a quotation.
const deckhandWalkout = `Island ferry crews walk off the job

PORT ELLIS, Wash. (AP) — Deckhands on the Port Ellis ferry walked off the job Friday, stranding about 3,000 island commuters after talks over overtime pay broke down.

The union's contract expired in June, and the crews had worked without one since then.

"Nobody wants to strand anybody," said union steward Lila Moss.

The county said it will run a water taxi starting Monday.
`

// "What's the latest" asks the news itself: the lead; "the latest on X"
// the first sentence holding X; a matter the story never names is not
// answered.
func TestLatestNewsLead(t *testing.T) {
	e := engineOf(t, deckhandWalkout)
	checkAnswers(t, e, []answerCase{
		{"whats the latest", []string{"walked off the job Friday"}, nil},
		{"any updates on the contract", []string{"contract expired in June"}, nil},
		{"what's going on with the ferry", []string{"walked off the job Friday"}, nil},
	})
	checkRefusals(t, e, "what's the latest on the bridge repairs")
}
