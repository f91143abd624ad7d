package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
)

// orchardGrant is a short article written for this test, in no question
// set: an unnamed state agency beside a named group, a named company,
// and a caption whose credit names the photo agency.
const orchardGrant = `Orchard growers win grant to fight blight

Grower Nell Osgood inspects a blighted apple tree near Wenatchee. (AP Photo/Lars Brenner)

WENATCHEE, Wash. (AP) — The Cascade Fruit Growers Cooperative won a $2 million grant from a state agency on Monday to study a blight that has killed thousands of apple trees, after a similar request died in a legislative committee last year.

The money will pay Orchard Labs Inc., a Yakima company, to test soil from 40 orchards, cooperative president Nell Osgood said.

Growers sprayed copper on the trees last spring, but the blight spread anyway.
`

// The head of the noun phrase after "which" is its last noun ("which
// state agency" asks an agency); a referent brought in by "a" or "an" is
// not identified, so the article does not say which one it is; and the
// photo credit names no actor in the story.
func TestWhichAsksTheHeadNounAndAnIndefiniteIsUnnamed(t *testing.T) {
	e := engineOf(t, orchardGrant)
	checkAnswers(t, e, []answerCase{
		{"which company will test the soil", []string{"Orchard Labs"}, []string{"AP"}},
		{"which group won the grant", []string{"Cascade Fruit Growers Cooperative"}, nil},
	})
	for _, tc := range []struct{ q, says string }{
		{"which state agency is the grant from", `"a state agency"`},
		{"which legislative committee killed the similar request", `"a legislative committee"`},
		{"which company sprayed the copper", ""},
	} {
		a := ask(t, e, knowledge.Question{Text: tc.q})
		if a.Found || !strings.Contains(a.Text, tc.says) {
			t.Errorf("%q: want a refusal showing %s, got found=%v: %s", tc.q, tc.says, a.Found, a.Text)
		}
		if strings.Contains(a.Text, "Cascade Fruit") && tc.says != "" && strings.HasPrefix(a.Text, "Cascade") {
			t.Errorf("%q: answered with the group named beside the unnamed one: %s", tc.q, a.Text)
		}
	}
}
