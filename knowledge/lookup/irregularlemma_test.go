package lookup

import "testing"

// crashLanding is a short report written for this test, in no question
// set: it says who "piloted" the plane, and a reader asks with the
// irregular past of a verb WordNet links to it ("flew").
const crashLanding = `Crop duster lands on rural highway after engine trouble

DORSEY, Kan. (AP) — A crop-dusting plane landed on a two-lane highway near Dorsey on Thursday after its engine lost power, the sheriff said.

Cal Ostrander, 47, who piloted the plane, was not hurt. A passing trucker, Edna Voss, stopped traffic with her rig until deputies arrived.
`

// An irregular past is looked up in WordNet as its base, as morphy reads
// it through the exception lists: "flew" is fly, whose sense "operate an
// airplane" is the article's "piloted".
func TestIrregularLemmaMeaning(t *testing.T) {
	e := engineOf(t, crashLanding)
	checkAnswers(t, e, []answerCase{
		{"who flew the plane", []string{"Cal Ostrander"}, []string{"never uses"}},
	})
}
