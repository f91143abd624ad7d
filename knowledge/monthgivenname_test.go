package knowledge

import "testing"

// TestMonthGivenName: a month that is also a given name, after a
// lower-case descriptor and before a capitalised surname, names the
// speaker ("said grower June Okafor"); after a preposition of time it
// stays a time.
func TestMonthGivenName(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"month given name after a descriptor",
			"The frost came early.\n\n\"We knew it was bad,\" said grower June Okafor, who farms near the river.",
			[]string{"June Okafor"}},
		{"may as a given name after said",
			"The dock closed.\n\n\"It was hard,\" said shopkeeper May Lindqvist.",
			[]string{"May Lindqvist"}},
	}
	for _, tt := range tests {
		checkSpeakers(t, tt.name, tt.body, tt.want)
	}
}
