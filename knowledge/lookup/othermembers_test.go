package lookup

import "testing"

// TestOtherMembersUntold: "have other towns built one" is not answered
// from the article's own town; where the article compares the town with
// others, the question is answered.
func TestOtherMembersUntold(t *testing.T) {
	own := engineOf(t, `Town opens solar-powered pool

LAMAR, Colo. (AP) — The town of Lamar opened a solar-heated public pool on Saturday, paid for with a $2 million state grant.

Mayor Ruth Okafor said the pool would save the town about $40,000 a year in gas bills.
`)
	checkRefusals(t, own, "have other towns built pools", "did other towns get a grant")
	checkAnswers(t, own, []answerCase{
		{"did lamar get a grant", []string{"Yes"}, nil},
	})
	compared := engineOf(t, `Town opens solar-powered pool

LAMAR, Colo. (AP) — The town of Lamar opened a solar-heated public pool on Saturday, paid for with a $2 million state grant.

Two other towns, Holly and Eads, built similar pools last year.
`)
	checkAnswers(t, compared, []answerCase{
		{"have other towns built pools", []string{"Yes", "Holly"}, nil},
	})
}
