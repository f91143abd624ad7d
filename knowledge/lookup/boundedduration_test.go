package lookup

import "testing"

// lindenExhibit is a short article written for this test, in no question
// set: durations told by their end, and a thing's length told in feet.
const lindenExhibit = `Dinosaur skeleton goes on view

LINDEN, N.J. (AP) — The 40-foot skeleton will stay on view through March before it moves to a museum in Denver.

Road work on Elm Street will continue until Sept. 30, the city said.
`

func TestHowLongToItsEnd(t *testing.T) {
	checkOpenings(t, engineOf(t, lindenExhibit), []openingCase{
		{"how long will the skeleton stay on view", "Through March", nil, nil},
		{"how long will the road work continue", "Until Sept. 30", nil, nil},
		// a thing's length is its measure, not a bound
		{"how long is the skeleton", "", []string{"40"}, []string{"Through"}},
	})
}
