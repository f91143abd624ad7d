package lookup

import "testing"

// ferrymanObit is a short article written for this test, in no question
// set: an obituary whose second paragraph gives the cause of death as an
// illness suffered, without "cause" or "died of".
const ferrymanObit = `Walt Brenner, who ran the Lake Maple ferry for 40 years, dies at 84

CEDAR HOLLOW, Wis. (AP) — Walt Brenner, who piloted the Lake Maple car ferry for four decades and never missed a scheduled crossing, died Monday at his home. He was 84.

His nephew, Carl Brenner, 57, said his uncle had suffered a heart attack in October.

Brenner took over the ferry from his father in 1962 and sold it to the county in 2002.
`

// TestIllnessAsDeathCause: the paragraph after an obituary's death gives
// its cause, often as an illness suffered (AP Stylebook, "obituaries";
// WordNet suffer.v.02, "undergo (as of injuries and illnesses)"), so it
// answers "what killed him".
func TestIllnessAsDeathCause(t *testing.T) {
	e := engineOf(t, ferrymanObit)
	checkAnswers(t, e, []answerCase{
		{"what killed him", []string{"heart attack"}, nil},
		{"why did brenner die", []string{"heart attack"}, nil},
	})
}
