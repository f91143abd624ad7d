package lookup

import "testing"

// sharesJump is a short article written for this test, in no question
// set: a change given with the % sign, and a share given with the word.
const sharesJump = `Pell Foods shares soar on buyout offer

NEW YORK (AP) — Shares of Pell Foods jumped 31% on Monday after a rival offered to buy the company. The offer won 62 percent support from a shareholder group, the group said.
`

// TestPercentSignIsTheWord checks that "percent" in a question meets the
// article's % sign, and the sign the article's word.
func TestPercentSignIsTheWord(t *testing.T) {
	checkOpenings(t, engineOf(t, sharesJump), []openingCase{
		{"did pell shares jump 31 percent", "Yes", nil, nil},
		{"did pell shares jump 31 pct", "Yes", nil, nil},
		{"did the offer win 62% support", "Yes", nil, nil},
	})
}
