package lookup

import (
	"testing"

	"storybot/knowledge"
)

// cascoFerry is a short article written for this test, in no question set:
// a loss given in dollars, never called money, told of the ferry line
// while the question asks of "the service".
const cascoFerry = `Island ferry cuts winter trips

CASCO, Maine (AP) — The Casco Bay ferry line lost $840,000 last year and will cut its winter trips in half, the port authority said Friday.

Riders said the service is the only way to reach the mainland in winter. The authority's director, Paul Grady, said the cuts would start Jan. 5.
`

func TestMoneyFrame(t *testing.T) {
	e := engineOf(t, cascoFerry)
	checkAnswers(t, e, []answerCase{
		{"how much money did the service lose", []string{"$840,000"}, nil},
	})
	// with a light verb, "money" gives the act its meaning: "make money"
	// is no loss, and the article tells of none made
	if a := ask(t, e, knowledge.Question{Text: "how much money did the ferry make"}); a.Found {
		t.Errorf("want a refusal:\n%s", a.Text)
	}
}
