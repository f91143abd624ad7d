package lookup

import "testing"

// trawlerWreck is a short article written for this test, in no question
// set: a wreck placed off a named town, a ferry off a named cape, and a
// verb's particle "off" before a person and before a premodifying name.
const trawlerWreck = `Divers find sunken trawler off Maine

PORTLAND, Maine (AP) — Navy divers have found a fishing trawler that sank in a storm in 1962, officials said Friday.

The trawler lies at a depth of 40 meters about 6 kilometers off the town of Bar Harbor.

A ferry was anchored off Cape Elizabeth during the search.

The harbor master, Ruth Allard, fended off Dana Pike at the dock. The cannery laid off Harbor Fish workers last spring.
`

func TestOffPlace(t *testing.T) {
	e := engineOf(t, trawlerWreck)
	checkOpenings(t, e, []openingCase{
		{"where is the trawler", "Off the town of Bar Harbor", nil, nil},
		{"where was the ferry anchored", "Off Cape Elizabeth", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		{"where did allard fend off pike", []string{"dock"}, []string{"Off Dana Pike"}},
	})
}
