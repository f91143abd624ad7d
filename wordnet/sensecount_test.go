package wordnet

import "testing"

// TestSenseShareReadsSemCorSenseCounts checks that SenseShare reads the
// count of the one sense two words share from cntlist.rev: "go" is "die"
// in a sense SemCor tagged twice among several hundred uses, "give" is
// "pay" in about one use in twenty-five, "gets" is read as "get", and a
// pair with no shared sense shares none.
func TestSenseShareReadsSemCorSenseCounts(t *testing.T) {
	w, err := Open(DefaultDir)
	if err != nil {
		t.Skip("WordNet is not installed")
	}
	if w.counts == nil {
		t.Skip("cntlist.rev is not installed")
	}
	if s := w.SenseShare("die", "go"); s <= 0 || s >= 0.01 {
		t.Errorf(`SenseShare("die", "go") = %v, want a share under 1%%`, s)
	}
	if s := w.SenseShare("pay", "give"); s < 0.02 || s > 0.1 {
		t.Errorf(`SenseShare("pay", "give") = %v, want about 4%%`, s)
	}
	if s := w.SenseShare("receive", "gets"); s < 0.05 {
		t.Errorf(`SenseShare("receive", "gets") = %v, want get's share, about 9%%`, s)
	}
	if s := w.SenseShare("eat", "go"); s != 0 {
		t.Errorf(`SenseShare("eat", "go") = %v, want 0`, s)
	}
	if s := w.SenseShare("die", "xqzv"); s != -1 {
		t.Errorf(`SenseShare("die", "xqzv") = %v, want -1 (never tagged)`, s)
	}
}
