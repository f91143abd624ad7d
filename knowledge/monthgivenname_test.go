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
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse("Title\n\n"+tt.body, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Speaker)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("speakers %q, want %q", got, tt.want)
			}
			for i := range got {
				if got[i] != tt.want[i] {
					t.Errorf("speakers %q, want %q", got, tt.want)
				}
			}
		})
	}
}
