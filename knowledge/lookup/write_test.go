package lookup

import "testing"

// TestEmptyReplySaysNotSaid checks that a reply with no words, from a
// stage that gave up, still reads as a plain refusal.
func TestEmptyReplySaysNotSaid(t *testing.T) {
	if got := (reply{}).answer(); got.Found || got.Text != "The article doesn't say." {
		t.Errorf("empty reply: %+v", got)
	}
}
