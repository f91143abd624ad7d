package lookup

import "testing"

// A description restricted by a relative clause ("a charity she
// founded") is identified by the name apposed to it, and a comma before
// "and" after that name goes on with the clause, not a list. The article
// is written for this test and is in no question set.
func TestNameAfterRelativeClause(t *testing.T) {
	e := engineOf(t, "Pastor charged\n\nTULSA, Okla. - Prosecutors say a pastor sent church donations to a charity she founded, Open Door Foundation, and spent them on a house.\n\n"+
		"The church's board, which discovered the transfers in May, has hired a new treasurer.\n")
	checkOpenings(t, e, []openingCase{
		{q: "whats the charity called", first: "Open Door Foundation"},
		{q: "what is the name of the charity", first: "Open Door Foundation"},
	})
}
