package lookup

import "testing"

// lifeguardMedal is a short article written for this test, in no question
// set: a "during" phrase in a relative clause, followed straight by the
// main clause's operator.
const lifeguardMedal = `Lifeguard to get medal for beach rescue

PORT ALDEN, Maine (AP) — A lifeguard who pulled a swimmer from a rip current during his lunch break will receive the town's medal of valor, officials said Friday.

The swimmer, a tourist from Quebec, was treated at a hospital and released.
`

func TestOperatorEndsDuringPhrase(t *testing.T) {
	e := engineOf(t, lifeguardMedal)
	checkOpenings(t, e, []openingCase{
		{"when did the lifeguard pull the swimmer out", "During his lunch break. ", nil, nil},
	})
}
