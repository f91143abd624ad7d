package lookup

import (
	"testing"

	"storybot/knowledge"
)

// tenantSuit is a short article written for this test, in no question set:
// the plaintiff is introduced in apposition to a role noun, and no one is
// said to act on her by any verb a question below uses.
const tenantSuit = `Tenant wins $90,000 from Harlow landlord over mold

HARLOW, N.D. (AP) — A Harlow tenant has won $90,000 from her former landlord over mold in her apartment, a judge ruled Monday.

The tenant, Mara Quist, sued Redline Properties in 2023, saying the mold made her son sick.

Judge Peter Ames said the company ignored five written complaints.
`

// "Who repped the tenant": "repped" is no word of the article, and the rest
// of the question, "the tenant", describes the one acted on, not the doer
// (Quirk et al., §6.23), so Quist is no answer; "who is the tenant" still
// names her.
func TestUnknownActNotAnsweredByItsObject(t *testing.T) {
	e := engineOf(t, tenantSuit)
	if a := ask(t, e, knowledge.Question{Text: "who repped the tenant"}); a.Found {
		t.Errorf("who repped the tenant: answered %q; the article names no one who did", a.Text)
	}
	checkAnswers(t, e, []answerCase{
		{"who is the tenant", []string{"Mara Quist"}, nil},
		{"who sued redline properties", []string{"Mara Quist"}, nil},
	})
}
