package lookup

import (
	"testing"

	"storybot/knowledge"
)

// bookmobileCut is a short article written for this test, in no question
// set: a decision and its reason, asked about in words the article does
// not use ("get rid of", "axed").
const bookmobileCut = `County library ends Sunday hours

GREELEY, Colo. (AP) — The Weld County library system will close all 14 branches on Sundays starting in March, the library board decided Tuesday.

Board president Alma Ruiz said the library dropped its bookmobile in 2021 because diesel costs had doubled.

The Sunday closures will save about $310,000 a year, Ruiz said.

Vandals damaged the Evans branch last year, and the board spent $12,000 on cameras.
`

// A reporter's paraphrase is often a word the article never uses; a why-,
// how- or which-question is still answered by the clause that gives the
// reason or means, and the answer says which words it did not find.
func TestReasonAnsweredDespiteAParaphrase(t *testing.T) {
	e := engineOf(t, bookmobileCut)
	checkAnswers(t, e, []answerCase{
		{"why'd they get rid of the bookmobile", []string{"diesel costs", "never uses"}, nil},
	})
	// the unknown verb is the event asked, and only its subject is left:
	// any act of the vandals would match
	if a := ask(t, e, knowledge.Question{Text: "how did the vandals get in"}); a.Found {
		t.Errorf("want a refusal, got %s", a.Text)
	}
}
