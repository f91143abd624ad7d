package lookup

import "testing"

// TestHedgedGroupSize checks that a number hedged by an approximator
// after "GROUP of" still gives the group's size, and that a number after
// "of" with no group noun before it gives none.
func TestHedgedGroupSize(t *testing.T) {
	e := engineOf(t, "Mill reopens\n\nDORSET, Vt. (AP) — A crowd of about 300 turned out for the reopening. A crew of roughly 40 restored the wheel. The cost of about 9,000 dollars was shared.\n")
	if e.noLex {
		t.Skip("needs WordNet")
	}
	want := map[string]bool{"300": true, "40": true, "9,000": false}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			w := s.toks[n.tok].lower
			if exp, ok := want[w]; ok && e.groupSize(s, n) != exp {
				t.Errorf("%q in %q: group size %v, want %v", w, s.text, !exp, exp)
			}
		}
	}
}
