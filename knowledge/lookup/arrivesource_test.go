package lookup

import "testing"

// inspectors is a short article written for these tests, in no question
// set: people described by the body they belong to ("from the Federal
// Railroad Administration") whose own movement comes from a town, told
// with the base form of "arrive" and "return".
const inspectors = `Freight train derails near Colter

COLTER, Neb. (AP) — Eleven cars of a freight train left the tracks Wednesday near Colter.

Inspectors from the Federal Railroad Administration were expected to arrive from Omaha on Thursday.

The railroad's safety chief will return from Chicago on Friday.
`

// TestSourceOfArrive checks that "where are they coming from" reads the
// source of "arrive from" and "return from" in their base form, not the
// body a "from" phrase after a noun names.
func TestSourceOfArrive(t *testing.T) {
	if testLexicon(t) == nil {
		t.Skip("needs WordNet")
	}
	e := engineOf(t, inspectors)
	checkOpenings(t, e, []openingCase{
		{"where are the inspectors coming from", "Omaha.", nil, nil},
		{"where is the safety chief coming back from", "Chicago.", nil, nil},
	})
}
