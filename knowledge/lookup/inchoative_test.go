package lookup

import "testing"

// A story that tells when its fire began only by "broke out".
const inchoativeStory = `Warehouse fire destroys furniture store in Dayton

DAYTON, Ohio (AP) — A fire destroyed a furniture warehouse on the city's east side early Tuesday, fire officials said.

The fire broke out shortly after 2 a.m. in a storage room at the back of the building, Fire Chief Laura Mendez said. No one was inside.

About 60 firefighters fought the flames for five hours. The roof collapsed around 4 a.m.

"It went up fast because of all the foam and fabric," Mendez said.
`

func TestInchoativeStart(t *testing.T) {
	e := engineOf(t, inchoativeStory)
	checkAnswers(t, e, []answerCase{
		// "broke out" is the fire starting (start as "have a beginning")
		{"when did the fire start", []string{"2 a.m."}, nil},
		// the article's kind of the act holds the act whole, so the place it gives answers
		{"where did the fire begin", []string{"storage room"}, nil},
	})
}
