package lookup

import "testing"

// dinerFire is a short article written for these tests, in no question
// set: an unnamed person hurt, told with a noun "burn" after a
// determiner and an adjective, and the name only in the attribution.
const dinerFire = `Kitchen fire damages diner

TULSA, Okla. (AP) — A grease fire damaged the kitchen of a downtown diner Sunday. One cook suffered a minor burn on her hand and was treated at the scene, Capt. Rita Moreno said.
`

// TestGetPassiveAndNounAct checks that "got" before a participle is the
// get-passive's auxiliary, so the act asked is "hurt" and the trailing
// attribution's speaker is its source, not who was hurt; and that a noun
// after a determiner and an adjective is not read as the asked verb.
func TestGetPassiveAndNounAct(t *testing.T) {
	checkAnswers(t, engineOf(t, dinerFire), []answerCase{
		{"who got hurt", []string{"One cook"}, []string{"Rita Moreno.", "Moreno;"}},
		{"who was burned", []string{"One cook"}, []string{"A minor"}},
		{"who said it", []string{"Moreno"}, nil},
	})
}
