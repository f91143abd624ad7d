package lookup

import "testing"

// tarnQuake is a short article written for this test, in no question set:
// its lead writes "earthquake", a later sentence "quake", as news writing
// varies the word on later reference.
const tarnQuake = `Earthquake kills six in Tarn

TARN, Peru (AP) — A strong earthquake struck the mountain town of Tarn on Friday, killing six people and damaging 40 homes, officials said.

A smaller quake in March hurt two people near the town.

All of the deaths were in the old quarter, the mayor said.

Officials said the telephone lines were down for hours.
`

// A word cut at the front is the word it was cut from when WordNet files
// the two in one synset: "quake" asks of the lead's "earthquake", and
// "fall" is still no "rainfall".
func TestForeClippingIsTheFullWord(t *testing.T) {
	e := engineOf(t, tarnQuake)
	checkAnswers(t, e, []answerCase{
		{"how many people were killed in the quake", []string{"six"}, []string{"two"}},
		{"how many ppl died in the quake", []string{"six"}, []string{"two"}},
		{"what day did the quake strike", []string{"Friday"}, []string{"March"}},
		{"how many homes did the quake damage", []string{"40"}, nil},
		{"were the phone lines down", []string{"Yes"}, nil},
	})
	if !foreClipping("quak", "earthquak") || foreClipping("fall", "fall") || foreClipping("ton", "carton") {
		t.Error("foreClipping: quake clips earthquake; a word of three letters clips nothing")
	}
}
