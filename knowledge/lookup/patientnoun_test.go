package lookup

import "testing"

// millFire is a short article written for this test, in no question set:
// the people an act is done to counted as the verb's object, asked by
// the verb's "-ee" noun.
const millFire = `Fire closes lumber mill

COOS BAY, Ore. (AP) — A fire on Sunday destroyed the main saw shed at the Bayfront lumber mill, which employs about 180 people.

Deputies evacuated 35 residents from nearby homes as a precaution. Four firefighters were treated for heat exhaustion.
`

func TestPatientNounCount(t *testing.T) {
	e := engineOf(t, millFire)
	checkAnswers(t, e, []answerCase{
		{"how many employees does the mill have", []string{"180"}, nil},
		{"how many evacuees were there", []string{"35"}, nil},
		// an agent noun of another verb is not the object's count
		{"how many employers are there", nil, []string{"180 people."}},
	})
}
