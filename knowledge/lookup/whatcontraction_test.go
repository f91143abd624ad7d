package lookup

import "testing"

// parkGrant is a short article written for this test, in no question
// set: a state named and a class noun ("state", "city") used as a
// premodifier of what is asked.
const parkGrant = `Park gets state grant

SALEM, Ore. (AP) — Oregon awarded the Mill Creek park district a $2 million grant on Monday.

State funding for the park now totals $5 million, district director Lena Moss said. City funding stands at $800,000.
`

// "What's" is "what is": the word after it is no head noun asked of
// "what", so "whats state funding" asks the funding, not a state.
func TestContractedWhatIsNoDeterminer(t *testing.T) {
	e := engineOf(t, parkGrant)
	checkAnswers(t, e, []answerCase{
		{"whats state funding for the park now", []string{"$5 million"}, []string{"Oregon."}},
		{"what's city funding", []string{"$800,000"}, []string{"Salem."}},
		{"what state gave the grant", []string{"Oregon"}, nil},
	})
}
