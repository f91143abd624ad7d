package lookup

import "testing"

// A story that names its closed road only by a designation whose noun is
// a kind of road ("Interstate 80"), and says "the road" in a quotation.
const designationKindStory = `Blizzard closes highway in southern Wyoming

CHEYENNE, Wyo. (AP) — About 400 motorists spent the night in their cars after a blizzard closed a 160-mile stretch of Interstate 80, state officials said Wednesday.

Trooper Dana Whitfield, a spokeswoman for the Wyoming Highway Patrol, said troopers checked on more than 150 vehicles stuck on the road.

"I've driven this road for 20 years, and I've never seen it close that fast," said trucker Luis Ortega.
`

func TestDesignationOfAKind(t *testing.T) {
	e := engineOf(t, designationKindStory)
	checkAnswers(t, e, []answerCase{
		// an interstate is a kind of road and of highway (WordNet)
		{"what road was closed", []string{"Interstate 80"}, []string{"Whitfield"}},
		{"which highway did the blizzard close", []string{"Interstate 80"}, nil},
	})
}
