package lookup

import "testing"

// ostbyBakery is a short article written for this test, in no question
// set: a firm named after its founder, founded in a nonrestrictive -ed
// clause right after its bare name.
const ostbyBakery = `Ostby Bakery raises bread prices

CARLOW, Iowa (AP) — Ostby Bakery will raise the price of a loaf of rye bread by 20 cents on April 1, the company said Wednesday.

Ostby said flour had cost more this year.

Ostby, opened in 1962 by Greta Ostby, bakes for 40 grocery stores.
`

// TestNamedParticipleAgent checks that the agent of an -ed clause set off
// by commas after a name answers who did the act, not the name before it.
func TestNamedParticipleAgent(t *testing.T) {
	e := engineOf(t, ostbyBakery)
	checkAnswers(t, e, []answerCase{
		{"who opened the bakery", []string{"Greta Ostby"}, nil},
		{"who opened ostby", []string{"Greta Ostby"}, nil},
		{"who opened the company", []string{"Greta Ostby"}, []string{"Ostby Bakery"}},
	})
}
