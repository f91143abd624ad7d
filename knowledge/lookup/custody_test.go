package lookup

import "testing"

// arsonArrests is a short article written for this test and in no
// question set: one defendant released on bail after his arrest, another
// held without bail, told in custody's set phrases.
const arsonArrests = "Two charged in warehouse fires\n\n" +
	"BOISE, Idaho — Two men were charged Tuesday with setting fire to three warehouses in Boise last month, police said.\n\n" +
	"Eric Dunn, 31, was arrested Monday at his home. He was released on $25,000 bail Wednesday.\n\n" +
	"Marco Tellez, 27, remains held without bail in the Ada County jail.\n\n" +
	"No one was hurt in the fires.\n"

// TestCustodyVerdict: whether a defendant is in jail is answered by the
// custody phrase the article gives him, bail or held (custody.go).
func TestCustodyVerdict(t *testing.T) {
	e := engineOf(t, arsonArrests)
	checkOpenings(t, e, []openingCase{
		{q: "is dunn still in jail", first: "No", want: []string{"released on $25,000 bail"}},
		{q: "is tellez locked up", first: "Yes", want: []string{"held without bail"}},
		{q: "is dunn out on bail", first: "Yes"},
	})
}
