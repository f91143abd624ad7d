package lookup

import (
	"slices"
	"testing"
)

// smokehouse is a short article written for these tests, in no question
// set: its nouns and verbs are kinds and manners of the words a reader
// asks with (venison is meat, a rifle is a gun, to seize is to take).
const smokehouse = `Wardens seize venison from smokehouse

ELKTON, Idaho (AP) — Game wardens seized 300 pounds of venison and two rifles from a smokehouse outside Elkton on Friday, said Ann Berg, the department's enforcement director.

The owner, Carl Dunn, 58, was cited for selling wild game without a license. The smokehouse also shipped goods to three stores in Boise.
`

// TestNarrowerKnown checks that a question word the article never uses
// meets the article's words one or two hypernym links below it, and no
// word farther down, nor one whose stem it merely shares.
func TestNarrowerKnown(t *testing.T) {
	e := engineOf(t, smokehouse)
	tests := []struct {
		word, want string
		has        bool
	}{
		{"meat", "venison", true},  // venison → game → meat
		{"guns", "rifl", true},     // rifle → firearm → gun
		{"take", "seiz", true},     // a light verb: seize → take, one link
		{"food", "venison", false}, // three links up
		{"good", "good", false},    // "goods" are no kind of good
		{"sell", "sell", false},    // the article's own word is no kind of itself
	}
	for _, tt := range tests {
		if got := e.narrowerKnown(tt.word); slices.Contains(got, tt.want) != tt.has {
			t.Errorf("narrowerKnown(%q) = %q, want %q in it: %v", tt.word, got, tt.want, tt.has)
		}
	}
}

// TestNarrowerKnownAnswers checks that the bridge answers a question in
// the broader word, from the sentence with the narrower one, and that a
// question whose other words that sentence lacks is still refused.
func TestNarrowerKnownAnswers(t *testing.T) {
	e := engineOf(t, smokehouse)
	checkAnswers(t, e, []answerCase{
		{"how much meat did the wardens seize", []string{"300 pounds"}, nil}, // a measure of venison is one of meat
		{"how many guns did the wardens seize", []string{"two rifles"}, nil}, // a count of rifles is one of guns
	})
	checkRefusals(t, e,
		"how much meat did the owner sell", // venison is meat, but the sale's sentence gives no amount
		"how many guns did the owner buy",  // rifles are guns, but no one bought them
	)
}
