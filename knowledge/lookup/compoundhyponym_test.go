package lookup

import (
	"context"
	"strings"
	"testing"

	"storybot/knowledge"
)

// pikeLakeSquall is a short article written for this test, in no question
// set: compounds whose heads a question names alone or typed apart.
const pikeLakeSquall = `Windstorm swamps canoes on Pike Lake

PIKE LAKE, Minn. (AP) — A windstorm swamped nine canoes on Pike Lake on Sunday afternoon, and a passing motorboat pulled four paddlers from the water, the sheriff said.

Ranger Ada Voss said 12 beehives at the nature center were knocked over. A carpet in the lodge was soaked.

The boat ramp will reopen Tuesday, Voss said.
`

// A compound is a kind of its head (motorboat IS-A boat, windstorm IS-A
// storm); WordNet keeps out words that only end in another (a carpet is
// no pet, to understand is no stand).
func TestCompoundOfHead(t *testing.T) {
	e := engineOf(t, pikeLakeSquall)
	if e.noLex {
		t.Skip("no WordNet")
	}
	for _, c := range []struct {
		word, head string
		want       bool
	}{{"motorboat", "boat", true}, {"windstorm", "storm", true}, {"bumblebee", "bee", true}, {"carpet", "pet", false}, {"understand", "stand", false}, {"butterfly", "fly", false}} {
		if got := e.compoundOf(c.word, c.head); got != c.want {
			t.Errorf("compoundOf(%q, %q) = %v, want %v", c.word, c.head, got, c.want)
		}
	}
	if got := e.compoundKindsKnown("boat"); len(got) != 1 || got[0] != stemOf("motorboat") {
		t.Errorf("compoundKindsKnown(boat) = %v, want the motorboat alone", got)
	}
	if got := e.compoundKindsKnown("pet"); len(got) != 0 {
		t.Errorf("compoundKindsKnown(pet) = %v, want none", got)
	}
}

// A question's noun finds the article's compound of it, and an open pair
// the article's closed word, but no word that merely ends in it.
func TestCompoundHyponymAnswers(t *testing.T) {
	e := engineOf(t, pikeLakeSquall)
	if e.noLex {
		t.Skip("no WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"which boat pulled the paddlers out", []string{"motorboat"}, nil},
		{"when did the storm swamp the canoes", []string{"Sunday"}, nil},
		{"how many bee hives were knocked over", []string{"12"}, nil},
	})
	a, err := e.Answer(context.Background(), knowledge.Question{Text: "were any pets soaked"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(a.Text, "carpet") {
		t.Errorf("a carpet is no pet:\n%s", a.Text)
	}
}

// TestCompoundBelowHeadsGenus checks a closed compound WordNet files
// under its head's genus, not under the head itself: "sailboats" are
// boats to a reader, as both are vessels.
func TestCompoundBelowHeadsGenus(t *testing.T) {
	e := engineOf(t, "Squall swamps regatta\n\nPORT ELLIS, Maine (AP) — A squall on Sunday capsized nine sailboats during the annual harbor regatta, and three kayaks were swept out to sea, the harbormaster said.\n\nNo one was hurt.\n")
	checkAnswers(t, e, []answerCase{
		{"how many boats capsized", []string{"nine sailboats"}, []string{"three kayaks."}},
	})
}
