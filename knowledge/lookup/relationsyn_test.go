package lookup

import "testing"

// landlordSuit is a short article written for these tests, in no
// question set: a person's attorney, asked for as the lawyer.
const landlordSuit = `Tenants sue landlord over heat outages

ALBANY, N.Y. (AP) — Forty tenants sued landlord Victor Hale on Monday, saying their building went without heat for 19 days in January.

Hale did not return calls. His attorney, Nadia Price, said the boiler had been replaced. "My client spent $80,000 to fix a problem he inherited," Price said.
`

// TestRelationBySynonym checks that a quotation asked for by a relation
// noun finds the person the article relates by a synonym of it.
func TestRelationBySynonym(t *testing.T) {
	e := engineOf(t, landlordSuit)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"what did hale's lawyer say", []string{"Nadia Price", "My client spent $80,000"}, nil},
	})
}
