package lookup

import "testing"

// A possessive determiner before an ordinal places the noun in the
// series of the person it stands for ("Nora Vance scored her 19th goal
// of the season"), and "since" opens the series' span as an of-phrase of
// a span does ("his third win since returning"); the article is written
// for this test and is in no question set.
func TestOwnSeriesByPossessiveDeterminer(t *testing.T) {
	e := engineOf(t, "Vance scores twice as Thorns win\n\nPORTLAND, Ore. (AP) — Nora Vance scored her 19th goal of the season in the 80th minute, and the Portland Thorns beat the Chicago Red Stars 2-1 on Saturday.\n\n"+
		"Goalkeeper Ada Holt made six saves. It was her third win since returning from a knee injury in June.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many goals does vance have", first: "19"},
		{q: "how many wins does holt have since returning", first: "3"},
	})
}
