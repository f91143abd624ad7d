package lookup

import "testing"

// TestSharedSurnameInsideOtherName checks that a surname two people
// share, standing inside the other one's full name ("Dr. Helen Marsh"),
// does not name the husband: the words before it are no description of
// him.
func TestSharedSurnameInsideOtherName(t *testing.T) {
	e := engineOf(t, "Couple gives $5 million to Eastfield hospital\n\nEASTFIELD, Neb. (AP) — A couple has given $5 million to Eastfield Memorial Hospital for a new cancer center, the hospital said Thursday.\n\nDr. Helen Marsh, 70, and her husband, Peter Marsh, said they wanted patients to be treated close to home.\n\nThe center will open in 2027.\n")
	checkAnswers(t, e, []answerCase{
		{"who is peter marsh", []string{"husband"}, []string{"Dr. Helen;", "the Dr. Helen"}},
		{"what does the husband do", nil, []string{"Dr. Helen;", "the Dr. Helen"}},
	})
}
