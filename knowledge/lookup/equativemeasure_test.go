package lookup

import "testing"

// sinkholeWide is a short article written for this test, in no question
// set: a measure stated by an equative ("as wide as 60 feet") beside a
// length the sentence states first.
const sinkholeWide = `Sinkhole swallows part of parking lot in Florida town

LAKE ALMA, Fla. (AP) — A sinkhole opened under a grocery store parking lot in this central Florida town on Monday, swallowing three parked cars, police said.

The sinkhole ran 120 feet across the lot and was as wide as 60 feet in places, city engineer Paul Ortega said. The sinkhole was as deep as 35 feet near its center, he said.

No one was hurt. The store will stay closed through Friday.
`

func TestEquativeStatesTheDimension(t *testing.T) {
	checkOpenings(t, engineOf(t, sinkholeWide), []openingCase{
		// "as wide as 60 feet" states the width, not the 120 feet it ran
		{"how wide was the sinkhole", "60 feet", nil, nil},
		{"how deep was the sinkhole", "35 feet", nil, nil},
		{"how long was the sinkhole", "120 feet", nil, nil},
	})
}
