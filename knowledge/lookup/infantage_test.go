package lookup

import "testing"

// riverCapsize is a short article written for this test, in no question
// set: an infant's age given in months before "old" and in weeks as a
// compound modifier, beside adults' ages in years.
const riverCapsize = `Family pulled from river after boat capsizes

CAIRO, Ill. (AP) — A 6-week-old girl and her parents were pulled from the Ohio River on Sunday after their fishing boat capsized near the Cairo Point boat ramp, the Alexander County sheriff said.

The girl's brother is 9 months old. He was wearing a life vest and was not in the water, said Sheriff Wade Brinkley, 57.

The father, Dustin Hale, 31, swam the girl to shore.
`

// "How old" is answered in the unit the article gives an infant's age
// in: "9 months", not "9" (years), and "6 weeks" from "6-week-old".
func TestInfantAge(t *testing.T) {
	e := engineOf(t, riverCapsize)
	checkAnswers(t, e, []answerCase{
		{"how old is the brother", []string{"9 months"}, []string{"57", "31"}},
		{"how old was the girl pulled from the river", []string{"6 weeks"}, []string{"57", "31"}},
		{"how old is brinkley", []string{"Brinkley is 57"}, nil},
		{"how old is dustin hale", []string{"Hale is 31"}, nil},
	})
}
