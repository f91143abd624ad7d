package lookup

import "testing"

// TestCurrentLevel checks, on a short article written for this test,
// that "the new rate" asks the level a change reached though the article
// never writes "new" beside it, while a "new" the article writes ("New
// meters") still finds its own sentence.
func TestCurrentLevel(t *testing.T) {
	e := engineOf(t, "City raises downtown parking rates\n\n"+
		"FALLS CITY, Ore. (AP) — The City Council voted 5-2 on Monday to raise downtown parking meter rates by 50 cents to $2.25 an hour, the first increase since 2016.\n\n"+
		"Rates in outlying lots will stay at $1 an hour. New meters that take cards will be installed by June, and the city expects them to cost $380,000.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how much is the new rate downtown", first: "$2.25"},
		{q: "how much will the new meters cost", first: "$380,000"},
		{q: "how much is the current rate in outlying lots", first: "$1"},
	})
}
