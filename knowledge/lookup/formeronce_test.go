package lookup

import "testing"

// oldPlant is a short article written for this test and in no question
// set: "once" before a verb, the time adjunct "formerly".
const oldPlant = "Plant to close\n\n" +
	"EVANSVILLE, Ind. (AP) — Hollister Appliance Co. will close its plant in Evansville next year, eliminating 640 jobs.\n\n" +
	"The plant, which opened in 1956, once employed more than 3,000 people.\n"

// TestFormerOnce: "once" before a verb is "formerly", no count of times,
// so the count of the noun asked answers (numbers.go,
// formerOrSubordinateOnce).
func TestFormerOnce(t *testing.T) {
	e := engineOf(t, oldPlant)
	checkOpenings(t, e, []openingCase{
		{q: "how many people did the plant employ", first: "More than 3,000 people"},
		{q: "how many people did it use to employ", first: "More than 3,000 people"},
	})
}
