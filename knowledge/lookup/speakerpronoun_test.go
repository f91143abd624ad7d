package lookup

import "testing"

// embezzle is a short article written for this test, in no question set:
// an accused woman who says nothing, then a board president quoted with
// "she said" about her, whose pronoun the attribution gives the president.
const embezzle = `Former treasurer pleads not guilty

SPRINGDALE, Ark. (AP) — A former school treasurer, Ann Cole, 54, pleaded not guilty on Thursday to taking $800,000 from the district. She did not speak to reporters.

Board president Rita Diaz said the board learned of the problem in 2022.

Diaz said she had known Cole for 20 years. "I trusted her," she said.
`

// TestPronounOfAnotherSpeaker: "what did X say" does not take a he/she
// sentence whose quotation the attribution gave to someone else.
func TestPronounOfAnotherSpeaker(t *testing.T) {
	e := engineOf(t, embezzle)
	checkAnswers(t, e, []answerCase{
		{"what did Rita Diaz say", []string{"I trusted her"}, nil},
		{"what did Ann Cole say", nil, []string{"I trusted her"}},
	})
}
