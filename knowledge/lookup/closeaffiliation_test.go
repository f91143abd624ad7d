package lookup

import "testing"

// A short story naming two officials with an "of" phrase set straight
// after the name, and a resident with a comma-less hometown.
const closeAffiliationStory = `Storm topples trees across county

SALEM, Ore. (AP) — A winter storm knocked down dozens of trees across Marion County on Monday.

Roads were closed for hours, said Sgt. Ben Ruiz of the Oregon State Police.

Maria Chen of the Salem Fire Department said crews cleared 40 roads.
`

func TestCloseAffiliationAnswersWorkplace(t *testing.T) {
	e := engineOf(t, closeAffiliationStory)
	checkAnswers(t, e, []answerCase{
		{"where does ben ruiz work", []string{"Oregon State Police."}, []string{"Fire"}},
		{"who does maria chen work for", []string{"Salem Fire Department."}, []string{"Police"}},
	})
}
