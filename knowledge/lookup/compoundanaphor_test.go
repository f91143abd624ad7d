package lookup

import "testing"

// lakeBoathouse is a short article written for this test, in no question
// set: an open compound named once in full and then by its head alone.
const lakeBoathouse = `Historic boat house on Lake Winnisquam to be restored

LACONIA, N.H. (AP) — A town committee voted Monday to restore a boat house on Lake Winnisquam that has stood empty since 1998, Chairman Paul Dube, 66, said.

The house was built in 1921 by a Boston shoe maker and held six racing boats.

Repairs will begin in May.
`

// TestCompoundAnaphor checks that a compound typed closed up
// ("boathouse"), which the article writes open ("boat house") and then
// takes up by its head alone ("The house"), meets that later reference.
func TestCompoundAnaphor(t *testing.T) {
	checkOpenings(t, engineOf(t, lakeBoathouse), []openingCase{
		{"when was the boathouse built", "In 1921.", nil, nil},
		{"how many boats did the boathouse hold", "Six", nil, nil},
	})
}
