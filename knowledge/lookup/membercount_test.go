package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// paradeDetail is a short article written for this test, in no question
// set: it counts officers, volunteers and people, never "police".
const paradeDetail = `Holiday parade draws thousands downtown

ERIE, Pa. (AP) — About 9,000 people lined State Street on Saturday for the city's holiday parade, organizers said.

Twenty-six officers worked the route, and 40 volunteers handed out hot cocoa.
`

// TestCountsMembersOf checks that "how many police" (and the chat's
// "cops") counts the officers, and that other counts of people do not
// answer it.
func TestCountsMembersOf(t *testing.T) {
	e := engineOf(t, paradeDetail)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkOpenings(t, e, []openingCase{
		{"how many police worked the parade", "Twenty-six officers", nil, []string{"9,000"}},
		{"how many cops were on the route", "Twenty-six officers", nil, nil},
		{"how many volunteers handed out cocoa", "40 volunteers", nil, nil},
	})
	// a collective of another kind is not counted by the officers
	if a := ask(t, e, knowledge.Question{Text: "how many staff did the city send"}); a.Found && strings.Contains(a.Text, "Twenty-six") {
		t.Errorf("officers are no count of staff, got:\n%s", a.Text)
	}
}
