package lookup

import "testing"

// oakdaleFees is a short article written for this test, in no question
// set: a rise in parking fines and another rise beside it.
const oakdaleFees = `Oakdale board weighs higher fines

OAKDALE, Ore. (AP) — The Oakdale City Council will vote Thursday on a plan to raise parking fines by 20%.

Health insurance premiums for city workers will climb by $310,000 next year, Finance Director Iris Munro said.
`

// The "they" of a question's second part is the plural noun phrase of
// its first ("parking fines"), not any rise the article tells.
func TestTheyOfTheNextPart(t *testing.T) {
	e := engineOf(t, oakdaleFees)
	checkAnswers(t, e, []answerCase{
		{"when is the vote on parking fines and how much would they go up", []string{"Thursday", "20%"}, []string{"310,000"}},
	})
}
