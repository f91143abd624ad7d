package lookup

import "testing"

// TestNounLevelIsNoChange checks that a figure after a noun and a
// preposition of level ("gas prices near $5") does not answer how much
// something else changed, while the change's own figure still does, on
// short articles written for this test.
func TestNounLevelIsNoChange(t *testing.T) {
	e := engineOf(t, "Car sales slump\n\nDETROIT (AP) — Car sales in Michigan fell in May to their lowest level in a decade, as gas prices near $5 kept buyers away, a dealers group said Monday.\n\nDealers sold 21,000 cars.\n")
	checkAnswers(t, e, []answerCase{
		{"how much did sales drop", nil, []string{"$5"}},
	})
	sized := engineOf(t, "Car sales slump\n\nDETROIT (AP) — Car sales in Michigan fell 9 percent in May, as gas prices near $5 kept buyers away, a dealers group said Monday.\n")
	checkAnswers(t, sized, []answerCase{
		{"how much did sales drop", []string{"9 percent."}, nil},
	})
}
