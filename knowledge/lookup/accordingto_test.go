package lookup

import "testing"

// fireMarshalSource is a short article written for this test, in no question set:
// a source's words told once with "according to" and once with "said".
const fireMarshalSource = `Bakery fire closes Main Street

DOVER, Del. (AP) — A fire gutted a bakery on Main Street early Sunday, closing the road for six hours, officials said.

According to the fire marshal, the blaze started in a fryer and spread through the ceiling.

"We were lucky nobody was inside," owner Rita Blum said.

The fire marshal said the building would have to be torn down.
`

// "According to X" attributes what the sentence says to X, as "X said"
// does, so X's words include it.
func TestAccordingToAttributes(t *testing.T) {
	e := engineOf(t, fireMarshalSource)
	checkAnswers(t, e, []answerCase{
		{"what did the fire marshal say", []string{"started in a fryer", "torn down"}, []string{"lucky"}},
	})
}
