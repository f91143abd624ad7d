package lookup

import "testing"

// glossedBarnFire is a short article written for these tests, in no question
// set: its firefighters and a debut told by words a reader does not use
// ("extinguish", "appear" are only in WordNet's definitions of them).
const glossedBarnFire = `Fire destroys historic dairy barn in Vermont

MIDDLEBURY, Vt. (AP) — Thirty firefighters battled a blaze at a 140-year-old dairy barn for five hours on Sunday before bringing it under control, officials said.

The barn's owner, Ruth Alden, said 60 cows were led out before the roof fell. A fiddler who debuted in the barn's hayloft in 1978 played a benefit concert for the family on Monday.
`

// TestGlossedWord checks that a question word the article never uses is
// answered by the article's word WordNet defines with it: "extinguish"
// by the firefighters ("a member of a fire department who tries to
// extinguish fires"), "appear" by debuted ("appear for the first time in
// public"); a question the definitions do not answer is still refused,
// and a modifier ("for good") or a copula ("become") meets no definition.
func TestGlossedWord(t *testing.T) {
	e := engineOf(t, glossedBarnFire)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkWantOrRefused(t, e, []wantCase{
		{"how long did it take to extinguish", "five hours"},
		{"when did the fiddler first appear in the barn", "1978"},
		{"how long did it take to extinguish the house fire next door", ""},
		{"when did the cows become sick", ""},
	})
	for _, w := range []string{"good", "become", "government"} {
		if got := e.definedByKnown(w); len(got) > 0 {
			t.Errorf("definedByKnown(%q) = %v, want none", w, got)
		}
	}
	if got := e.definedByKnown("extinguish"); len(got) == 0 {
		t.Errorf("definedByKnown(%q) = none, want the firefighters", "extinguish")
	}
}
