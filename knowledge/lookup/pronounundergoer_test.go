package lookup

import "testing"

// clearedBaker is a short article written for this test, in no question
// set: it names the defendant, then tells the verdict with a pronoun
// object ("before acquitting her").
const clearedBaker = `Jury clears baker of fraud

BURLINGTON, Vt. (AP) — Nora Pell, 39, hugged her lawyer in Chittenden County court on Thursday. A jury deliberated for six hours before acquitting her of all four fraud counts.

Prosecutors had said the bakery's books were falsified.
`

// "Who was acquitted" asks for the object of "acquitting", which is "her":
// the one woman the sentence refers to, Pell.
func TestPronounUndergoer(t *testing.T) {
	e := engineOf(t, clearedBaker)
	checkOpenings(t, e, []openingCase{
		{q: "who was acquitted", first: "Nora Pell."},
	})
}

// "Her" before a noun is a determiner, not the object: "acquitting her
// husband" tells no one that "her" stands for as acquitted.
func TestPronounUndergoerDeterminer(t *testing.T) {
	e := engineOf(t, "Jury clears husband\n\nBURLINGTON, Vt. (AP) — Nora Pell, 39, wept in court on Thursday. A jury deliberated for six hours before acquitting her husband of fraud.\n")
	checkAnswers(t, e, []answerCase{
		{"who was acquitted", nil, []string{"Nora Pell."}},
	})
}
