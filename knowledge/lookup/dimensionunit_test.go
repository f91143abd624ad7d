package lookup

import "testing"

// bridgePosted is a short article written for this test, in no question
// set: it never writes "weight", only a limit in tons, and never "speed",
// only a limit in mph.
const bridgePosted = `County lowers limit on aging river bridge

ELKTON, Va. (AP) — Rockingham County lowered the limit on the Island Ford Bridge to 10 tons on Wednesday after inspectors found cracked steel beams, county officials said.

Trucks over the 10-ton limit must now take a 14-mile detour. Drivers must also keep to a 15 mph limit on the bridge, which carries about 3,200 vehicles a day.

"We would rather inconvenience people than lose the bridge," said county engineer Rita Olsen, 51.
`

func TestQuantityNounMetByItsUnit(t *testing.T) {
	checkOpenings(t, engineOf(t, bridgePosted), []openingCase{
		// tons measure weight, mph speed (NIST SP 811)
		{"whats the weight limit on the bridge", "", []string{"10 tons"}, []string{"never mentions"}},
		{"what is the speed limit on the bridge", "", []string{"15 mph"}, []string{"never mentions"}},
	})
}

// duneGusts is a short article written for this test, in no question set:
// the wind is measured in mph and the article never writes "speed".
const duneGusts = `Winds close beach road on Outer Banks

NAGS HEAD, N.C. (AP) — Winds gusted to 55 mph on Sunday and pushed sand over N.C. Highway 12, closing the road for most of the day, state transportation officials said.

Crews with four plows cleared the sand by 7 p.m. Park Ranger Ellen Tate, 38, said no one was hurt.
`

func TestQuantityNounAsksTheMeasure(t *testing.T) {
	checkOpenings(t, engineOf(t, duneGusts), []openingCase{
		// "speed" heads the asked phrase: the measure in mph, as "how fast"
		{"what was the wind speed", "55 mph", nil, nil},
	})
}
