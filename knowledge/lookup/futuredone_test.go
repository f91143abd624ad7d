package lookup

import "testing"

// dunmoreLevy is a short article written for this test, in no question
// set: a vote told as done with its day, another postponed "until" a
// later day, and the next step with no date.
const dunmoreLevy = `Dunmore board backs school levy

DUNMORE, Pa. (AP) — The Dunmore school board voted 6-3 on Tuesday to put a $12 million levy before voters.

The finance committee approved the plan in April. The county council postponed its own vote until June 9.

Voters will have the final say, but the county has not set a date for the ballot.
`

// TestPastTimeNoFutureDate checks that a time dating a verb in the
// simple past does not answer a question about the future: "when will the
// voters vote" is not "on Tuesday", when the board voted; a time after
// "until" may lie ahead of the past verb and still answers.
func TestPastTimeNoFutureDate(t *testing.T) {
	e := engineOf(t, dunmoreLevy)
	checkAnswers(t, e, []answerCase{
		{"when will voters vote on the levy", nil, []string{"Tuesday", "April"}},
		{"when will the county council vote", []string{"June 9"}, nil},
		{"when did the school board vote", []string{"Tuesday"}, nil},
		{"when did the finance committee approve the plan", []string{"April"}, nil},
	})
}

// elktonVouchers is a short article written for this test, in no question
// set: a future act bounded "through" a time, after a participle dated in
// the past, and an act told as done.
const elktonVouchers = `Elkton clinic extends voucher program

ELKTON, Md. (AP) — The Cecil County health clinic will keep its voucher program for another season, director Ruth Amos said Monday.

The clinic will accept vouchers issued in January through the end of March. Its new dental wing opened in 2019.
`

// TestThroughBoundAhead checks that a time after "through", which the
// time reader leaves outside the span, is the terminus of the future act
// and answers it, while the participle's own time ("issued in January")
// and a past act's time answer no question about the future.
func TestThroughBoundAhead(t *testing.T) {
	e := engineOf(t, elktonVouchers)
	checkAnswers(t, e, []answerCase{
		{"until when will the clinic accept vouchers", []string{"The end of March."}, []string{"In January."}},
		{"when will the dental wing open", nil, []string{"2019"}},
	})
}
