package lookup

import "testing"

// meterGlitch is a short article written for this test, in no question
// set: a company first called by its role ("a vendor") and named only in
// apposition to "the vendor", and a city named in full.
const meterGlitch = `Water bills double after meter glitch

CEDAR BLUFF, Iowa (AP) — About 9,000 Cedar Bluff households got water bills twice as high as usual this month after a software update from a vendor misread their meters, the city said Friday.

City Manager Joan Pruitt said the vendor, Keystone Metering Systems of Omaha, had pushed the update without testing it on the city's older meters.

Pruitt said the city would send corrected bills by May 20.
`

func TestAppositiveNamesTheDescribedThing(t *testing.T) {
	e := engineOf(t, meterGlitch)
	checkAnswers(t, e, []answerCase{
		// "the vendor, Keystone Metering Systems of Omaha,": the appositive names it
		{"whats the vendor called", []string{"Keystone Metering Systems"}, nil},
		{"what is the name of the vendor", []string{"Keystone Metering Systems"}, nil},
		// "whats" opens a question, though written without its apostrophe: the
		// part is asked, not taken for a statement
		{"whats the vendor called and when will bills be corrected", []string{"Keystone Metering Systems", "May 20"}, nil},
	})
}
