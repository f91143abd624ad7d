package lookup

import "testing"

// A reporting verb in a non-restrictive relative clause reports only its
// clause: "Pruitt, who told investigators about the scheme, was not
// charged" states that he was not charged. The article is written for
// this test and is in no question set.
func TestReportingVerbInRelativeClause(t *testing.T) {
	e := engineOf(t, "Clerk sentenced\n\nBOISE, Idaho - A former court clerk was sentenced Friday to three years for selling sealed records.\n\n"+
		"Her partner, Dean Pruitt, who told investigators about the scheme, was not charged. The clerk, Amy Lowe, said she regretted it.\n")
	checkOpenings(t, e, []openingCase{
		{q: "was pruitt charged", first: "No"},
	})
}
