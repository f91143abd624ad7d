package lookup

import "testing"

// TestSideAsOpinion checks that "X's side" asks for what X said, as "X's
// take" does, and that "X's side of the river" asks for no quotation.
func TestSideAsOpinion(t *testing.T) {
	e := engineOf(t, `Landlord and tenants split over repairs

AKRON, Ohio (AP) — Tenants of the Hillcrest apartments on the east side of the river say their heat has been off for a week.

"We have ordered the parts and crews will be there Friday," said the building's owner, Victor Sandoval.

Tenant Mae Ortiz said she had been sleeping in her coat.
`)
	checkAnswers(t, e, []answerCase{
		{"whats sandoval's side", []string{"ordered the parts"}, nil},
	})
	if q := e.understand("what's the tenants' side of the river", nil); q.typ == tQuote {
		t.Errorf("\"side of the river\" read as a quotation question")
	}
}
