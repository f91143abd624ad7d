package lookup

import "testing"

// creekTraffic is a short article written for this test, in no question
// set: alternative questions of things the article names by common noun
// only ("ridership", "fares"), one stated in the lead and again, the
// other way, as a later detail.
const creekTraffic = `Transit ridership climbs in Creekside

CREEKSIDE, Ore. (AP) — Bus ridership in Creekside climbed 9% last year, while fares fell for the first time since 2010, the transit district said Monday.

Ridership dropped only on Route 12, which lost its Sunday buses.
`

func TestAlternativeOfNounSubject(t *testing.T) {
	checkOpenings(t, engineOf(t, creekTraffic), []openingCase{
		{"did ridership go up or down", "Up —", nil, nil},
		{"did fares rise or fall", "Fall —", nil, nil},
	})
}
