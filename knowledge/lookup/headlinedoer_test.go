package lookup

import "testing"

// schoolChiefQuits is a short article written for this test, in no
// question set: the headline calls the person by a short description and
// its own verb; the lead gives the post and a synonym of the verb, and
// the next paragraph the name.
const schoolChiefQuits = `Lakeview schools chief quits over bus contract

LAKEVIEW, Mich. (AP) — The superintendent of the Lakeview Public Schools resigned Thursday, a week after the school board learned that a bus contract had gone to a firm owned by her cousin.

Denise Halloran, 57, had led the district since 2019.

Board President Carl Stevens said the board would meet Monday.
`

// mayorQuitsUnnamed is a short article written for this test: the lead
// names no one later, so the headline's description stays unnamed.
const mayorQuitsUnnamed = `Town manager quits

PINEVILLE, Ky. (AP) — The town manager resigned Thursday.

Mayor Joe Pratt said the council would meet Monday.
`

func TestHeadlineDoer(t *testing.T) {
	checkAnswers(t, engineOf(t, schoolChiefQuits), []answerCase{
		{"who quit", []string{"Denise Halloran."}, []string{"the article does not name them"}},
	})
	checkAnswers(t, engineOf(t, mayorQuitsUnnamed), []answerCase{
		{"who quit", nil, []string{"Joe Pratt"}},
	})
}
