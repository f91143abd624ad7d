package lookup

import "testing"

// curlingFinal is a short article written for this test, in no question
// set: a championship called a "title", beside a headline and a person's
// title of office.
const curlingFinal = `Ostby rink takes curling crown

BRENMOOR, Wis. (AP) — The Ostby Curling Club beat Larchfield 7-5 on Sunday to win the Great Lakes title.

It was the club's first championship since 1994. Tournament director Anya Sorell said 40 teams had entered.
`

// TestTitleAsObject checks that "title" as the object of a question's
// lexical verb is the championship, not the headline or a role: "who won
// the title" names the winner, "when did they win the title" dates the
// win, while "what's the title", "what does the title say" and "what is
// Sorell's title" still ask the headline and the role.
func TestTitleAsObject(t *testing.T) {
	e := engineOf(t, curlingFinal)
	checkAnswers(t, e, []answerCase{
		{"who won the title", []string{"Ostby Curling Club"}, []string{"The headline is"}},
		{"which club won the great lakes title", []string{"Ostby Curling Club"}, []string{"The headline is"}},
		{"when did ostby win the title", []string{"Sunday"}, []string{"The headline is"}},
		{"what's the title", []string{"The headline is"}, nil},
		{"what does the title say", []string{"The headline is"}, nil},
		{"what is sorell's title", []string{"director"}, []string{"The headline is"}},
	})
}
