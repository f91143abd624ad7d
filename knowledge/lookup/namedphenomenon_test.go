package lookup

import "testing"

// typhoonLanding is a short article written for this test, in no question
// set: a typhoon named once in the lead, then told of only as "the storm"
// in the sentence that gives where it came ashore.
const typhoonLanding = `Typhoon batters northern Philippines

APARRI, Philippines (AP) — Typhoon Lorna brought heavy rain and flooding to the northern Philippines on Saturday, forcing more than 90,000 people into evacuation centers, officials said.

The powerful storm made landfall at 6 a.m. near the town of Santa Ana in Cagayan province, the weather agency said. Winds reached 150 kph.

Provincial Gov. Elena Baculi, 55, said two fishermen were missing. "We warned them not to sail," she said.
`

// lakeSquall is a second one: a tropical storm named with a two-word class
// noun, and "the storm" later.
const lakeSquall = `Tropical storm soaks Texas coast

CORPUS CHRISTI, Texas (AP) — Tropical Storm Ivette dumped more than 10 inches of rain on parts of South Texas on Monday, flooding roads and closing schools.

Forecasters said the slow-moving storm came ashore near Port Aransas late Sunday with winds of 60 mph.

City Manager Paul Ocampo, 47, said about 30 roads were closed.
`

func TestTheStormIsTheNamedHurricane(t *testing.T) {
	checkOpenings(t, engineOf(t, typhoonLanding), []openingCase{
		// "The powerful storm" is Typhoon Lorna: WordNet files a typhoon
		// under storm, and storm under phenomenon
		{"where did lorna make landfall", "", []string{"Santa Ana"}, nil},
	})
	checkOpenings(t, engineOf(t, lakeSquall), []openingCase{
		{"where did ivette come ashore", "", []string{"Port Aransas"}, nil},
	})
}
