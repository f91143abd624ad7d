package lookup

import (
	"slices"
	"strings"
	"testing"

	"storybot/knowledge"
)

// sameActStory writes its acts by precise verbs ("spotted", "set out",
// "hiked") and uses the plain verbs a reader asks by ("see", "leave",
// "walk") elsewhere, so the strict reading finds them only where they do
// not tell the act.
const sameActStory = `Missing kayaker found safe on Lake Tamsin

GRAYLING, Mich. (AP) — A park ranger spotted a missing kayaker on a small island in Lake Tamsin on Sunday morning, two days after he failed to return, the state Department of Natural Resources said.

Elias Morrow, 52, set out from the Birch Point marina on Friday afternoon in a rented kayak. His sister reported him missing that night.

Morrow told rescuers he hiked 3 miles around the island looking for a spot to signal boats.

Visitors can see the island from the lodge on a clear day, and officials asked boaters to leave the lake before dark during the search.

A fisherman spotted a black bear near the marina on Saturday.
`

// TestSameActBridge: a question's plain verb meets the article's precise
// verb for the same act in the sentence that holds the rest of the
// question, and nowhere else.
func TestSameActBridge(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, sameActStory)
	for _, tt := range []struct{ q, want string }{
		{"when did the ranger see the kayaker", "Sunday"},         // spot: "catch sight of", a manner of see
		{"when did morrow leave the marina", "Friday"},            // set out: "leave" (its third sense)
		{"how many miles did morrow walk around the island", "3"}, // hike: "walk a long way"
	} {
		if got := ask(t, e, knowledge.Question{Text: tt.q}); !got.Found || !strings.Contains(got.Text, tt.want) {
			t.Errorf("%q → %q, want %q", tt.q, got.Text, tt.want)
		}
	}
	for _, q := range []string{
		"when did the ranger see the moose",      // no sentence tells of seeing a moose
		"when did the fisherman see the kayaker", // the fisherman spotted a bear, not the kayaker
		"when did his sister leave the marina",   // Morrow set out; his sister reported him missing
		"when did morrow see the bear",           // the fisherman spotted the bear
	} {
		if got := ask(t, e, knowledge.Question{Text: q}); got.Found {
			t.Errorf("%q → %q, want no answer", q, got.Text)
		}
	}
}

// TestGlossGenus: a verb's definition opens with its genus, a phrase
// WordNet lists as one verb kept whole; a broader synset that only lists
// the asked verb among others is no genus of it.
func TestGlossGenus(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, sameActStory)
	if g := e.glossGenus("spot"); !slices.Contains(g, "catch sight") {
		t.Errorf("glossGenus(spot) = %v, want catch sight", g)
	}
	for _, tt := range []struct {
		v, asked string
		want     bool
	}{
		{"set out", "leave", true},
		{"spot", "see", true},
		{"hike", "walk", true},
		{"lose", "see", false}, // "suffer the loss of": suffer is seeing only as going through
	} {
		if got := e.genusNames(tt.v, tt.asked); got != tt.want {
			t.Errorf("genusNames(%q, %q) = %v, want %v", tt.v, tt.asked, got, tt.want)
		}
	}
}
