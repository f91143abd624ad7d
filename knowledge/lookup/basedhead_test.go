package lookup

import "testing"

// sawtoothAir is a short article written for this test, in no question
// set: the airline's fleet is told only in a sentence that calls it "the
// Boise-based airline" and names it no other way.
const sawtoothAir = `Regional carrier adds Boise flights

BOISE, Idaho (AP) — Sawtooth Air said Tuesday it will add three daily flights to Portland this summer.

The Boise-based airline flies 24 aircraft, spokeswoman Dana Ruiz said.
`

// "How many aircraft does Sawtooth Air fly" is told by the sentence about
// "the Boise-based airline", which refers back to Sawtooth Air as "the
// airline" would.
func TestBasedDefiniteRefersBack(t *testing.T) {
	e := engineOf(t, sawtoothAir)
	checkAnswers(t, e, []answerCase{
		{"how many aircraft does sawtooth air fly", []string{"24"}, nil},
	})
}
