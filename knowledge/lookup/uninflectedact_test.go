package lookup

import "testing"

// dinerFire is a short article written for this test, in no question
// set: an unnamed person hurt, told with a noun "burn" after a
// determiner and an adjective, and the name only in the attribution.
const dinerFire = `Kitchen fire damages diner

TULSA, Okla. (AP) — A grease fire damaged the kitchen of a downtown diner Sunday. One cook suffered a minor burn on her hand and was treated at the scene, Capt. Rita Moreno said.
`

// TestNounIsNoAskedAct checks that a noun after a determiner and an
// adjective ("a minor burn") is not read as the asked verb, whose doer
// would be the adjective before it.
func TestNounIsNoAskedAct(t *testing.T) {
	checkAnswers(t, engineOf(t, dinerFire), []answerCase{
		{"who was burned", []string{"One cook"}, []string{"A minor"}},
		{"who said it", []string{"Moreno"}, nil},
	})
}
