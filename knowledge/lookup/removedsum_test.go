package lookup

import "testing"

// pellaMiner is a short article written for this test, in no question
// set: the one sum of money it gives is the object of a verb of removing,
// a loss, and it never says what the company is worth.
const pellaMiner = `Mining stock slides after mine flood

PELLA, Nev. (AP) — Shares of Corvane Mining Co. fell 11% on Thursday after a flood closed its largest mine, wiping out about $900 million in market value.

The company said the mine would stay closed for at least two months.
`

// "How much is it worth" asks a level, which a sum wiped out does not
// give; a question that asks the loss, by the verb or by "lose", does.
func TestRemovedSumIsNoLevel(t *testing.T) {
	e := engineOf(t, pellaMiner)
	checkAnswers(t, e, []answerCase{
		{"how much is corvane worth", nil, []string{"$900 million."}},
		{"how much market value was wiped out", []string{"$900 million"}, nil},
		{"how much market value did corvane lose", []string{"$900 million"}, nil},
	})
}
