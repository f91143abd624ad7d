package lookup

import "testing"

// A short sentence of a subject, a verb and a bare numeral after one
// that ends with a counted noun counts that noun ("… operates 48
// branches. Bay Trust has 31."). The article is written for this test
// and is in no question set.
func TestNumeralElidedAcrossSentences(t *testing.T) {
	e := engineOf(t, "Banks to merge\n\nPORTLAND, Maine - First Harbor Bank and Bay Trust Co. agreed Monday to merge.\n\n"+
		"First Harbor, founded in 1902, operates 48 branches. Bay Trust has 31.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many branches does bay trust have", first: "31"},
	})
}
