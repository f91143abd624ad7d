package lookup

import "testing"

// A figure of a hyphenated compound adjective ("a three-run homer")
// counts its own unit, not a compound noun whose head that unit is ("how
// many home runs"). The article is written for this test and is in no
// question set.
func TestCompoundAdjectiveCountsItsUnit(t *testing.T) {
	e := engineOf(t, "Ortiz homer lifts Hawks\n\nDES MOINES, Iowa - Lena Ortiz hit a three-run homer in the eighth inning, and the Hawks beat the Owls 6-4 on Friday.\n\n"+
		"It was her 12th home run of the season.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many home runs does ortiz have", first: "12"},
		{q: "how many runs did the homer drive in", first: "Three runs"},
	})
}
