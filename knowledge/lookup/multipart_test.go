package lookup

import "testing"

// courtCase is a short article written for this test, in no question set:
// a conviction and a sentencing date, for two-part questions whose second
// part opens with a contracted wh-word.
const courtCase = `Former mayor convicted of bribery

DALTON SPRINGS, Ore. (AP) — A jury on Tuesday convicted former Mayor Ray Voss of bribery for taking $30,000 from a towing company.

Judge Ann Pike set sentencing for March 9. Voss faces up to 10 years in prison.

The trial was held at the county courthouse in Dalton Springs.
`

// A second question after "and" may open with a wh-word contracted with
// "is" ("when's", "where's"), or its chat spelling without the apostrophe
// ("whens"): it is a question of its own, answered after the first.
func TestContractedWhWordOpensSecondPart(t *testing.T) {
	e := engineOf(t, courtCase)
	checkAnswers(t, e, []answerCase{
		{"what was he convicted of and when's he get sentenced", []string{"bribery", "March 9"}, nil},
		{"what was he convicted of and whens he get sentenced", []string{"bribery", "March 9"}, nil},
		// one question that names two things stays one
		{"who are voss and pike", []string{"Voss"}, nil},
	})
}
