package lookup

import "testing"

// Names each followed by a hometown ("Rep. Ana Soto of Yakima and Rep.
// Luis Park of Pasco") are one coordination, and a who-question answered
// by one is answered by both; the article is written for this test and
// is in no question set.
func TestCoordinatedNamesPastHometowns(t *testing.T) {
	e := engineOf(t, "House passes water bill\n\nOLYMPIA, Wash. (AP) — The Washington House voted 61-37 on Friday to cap water rates for farms.\n\n"+
		"Two Republicans, Rep. Ana Soto of Yakima and Rep. Luis Park of Pasco, voted against the cap, saying it would hurt small districts.\n")
	checkOpenings(t, e, []openingCase{
		{q: "who voted against the cap", first: "Ana Soto and Luis Park."},
	})
}
