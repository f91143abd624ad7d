package lookup

import "testing"

// ridgeFire is a short article written for this test and in no question
// set: the story's fire named by proper premodifiers in its second
// paragraph, and an earlier fire so named in a longer closing sentence.
const ridgeFire = "Wildfire forces evacuations near Redding\n\n" +
	"REDDING, Calif. — A wildfire burned about 9,000 acres west of Redding on Tuesday and forced about 2,000 people from their homes.\n\n" +
	"The Oak Ridge fire was 5 percent contained by Wednesday morning, Cal Fire said.\n\n" +
	"The fire is the largest near the city since the Carr fire in 2018, when the fire killed eight people and burned more than 1,000 homes.\n"

// TestStoryPremodName: "what's the name of the fire" and "which fire"
// asked bare mean the story's own fire, the one the story names first
// ("The Oak Ridge fire"), not the background's (premodnames.go).
func TestStoryPremodName(t *testing.T) {
	e := engineOf(t, ridgeFire)
	checkOpenings(t, e, []openingCase{
		{q: "what's the name of the fire", first: "Oak Ridge fire"},
		{q: "which fire", first: "Oak Ridge fire"},
	})
}
