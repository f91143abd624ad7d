package knowledge

import "testing"

// TestDecadeIsNoPremodifier checks that a name after "in the 1970s" or
// "in the '90s" stays a person's.
func TestDecadeIsNoPremodifier(t *testing.T) {
	checkEntities(t, "Painter dies at 80\n\nJonah Pike, a painter, died Monday. He was 80.\n\nIn the 1970s Pike struggled with debt.\n\nPike sold his first work in 1965.\n", []entityCase{
		{name: "Jonah Pike", kind: Person},
	})
	checkEntities(t, "Singer dies at 70\n\nRosa Lind, a singer, died Monday. She was 70.\n\nIn the '90s Lind toured Japan.\n", []entityCase{
		{name: "Rosa Lind", kind: Person},
	})
}
