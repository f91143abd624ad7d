package lookup

import "testing"

// TestRequestedFigure: a figure a verb of request governs ("had sought
// nine years", "argued for a sentence of no more than two years") is what
// someone asked for, not what was given, unless the question asks the
// request itself.
func TestRequestedFigure(t *testing.T) {
	e := engineOf(t, "Former church treasurer sentenced for embezzlement\n\nMILLBROOK, Ala. (AP) — Ramona Tillery, 63, a former treasurer of a Millbrook church, was sentenced Friday to four years in prison for taking $380,000 from the congregation's building fund.\n\nProsecutors had sought nine years. Her lawyer, Anton Reese, argued for a sentence of no more than two years, saying Tillery had repaid part of the money.\n")
	checkAnswers(t, e, []answerCase{
		{"how long did tillery get", []string{"four years"}, []string{"two years", "nine"}},
		{"how many years did prosecutors want", []string{"nine"}, nil},
	})
}
