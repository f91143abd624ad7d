package lookup

import "testing"

// TestPronounPartitive checks that "how many of them" counts no noun
// "never" or "them", but the part the rest of the question speaks of
// (climbTeam, numeralpartitive_test.go).
func TestPronounPartitive(t *testing.T) {
	e := engineOf(t, climbTeam)
	checkOpenings(t, e, []openingCase{
		{q: "how many of them had never climbed that high", first: "Four"},
	})
	if f := focusAfter("of them had never climbed"); len(f) != 0 {
		t.Errorf("focusAfter(of them had never climbed) = %v, want none", f)
	}
	if f := focusAfter("of those climbers reached the top"); len(f) != 1 || f[0] != stemOf("climbers") {
		t.Errorf("focusAfter(of those climbers reached the top) = %v, want [climber]", f)
	}
}
