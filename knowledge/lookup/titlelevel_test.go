package lookup

import "testing"

// levyVote is a short article written for this test, in no question set:
// an abbreviated title after a level word ("State Sen."), one alone
// ("Gov."), one after a role of its own ("Adviser Gen.") and a courtesy
// title alone ("Dr.").
const levyVote = `Senate passes school levy

DELMONT, Ore. (AP) — State Sen. Mara Quill, a Republican from Delmont, voted for the school levy on Tuesday. Gov. Owen Trask said he would sign it.

Retired Army Adviser Gen. Paul Neddick spoke against it. Dr. Ines Varga testified for the teachers.
`

// "Who is" a person named after an abbreviated title gives the title
// written out, with its level word, and never the level word alone.
func TestTitleAfterLevelWord(t *testing.T) {
	e := engineOf(t, levyVote)
	checkAnswers(t, e, []answerCase{
		{"who is mara quill", []string{"State senator"}, []string{"is the State;", "is the State."}},
		{"who is owen trask", []string{"the governor"}, []string{"the Gov."}},
		{"who is paul neddick", []string{"Adviser"}, []string{"general"}},
		{"who is ines varga", nil, []string{"doctor"}},
	})
}
