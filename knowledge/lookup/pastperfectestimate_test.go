package lookup

import "testing"

// What analysts had expected is an estimate made before the result, so
// the result answers what the company earned; the estimate answers what
// was expected.
func TestPastPerfectEstimate(t *testing.T) {
	e := engineOf(t, "Harlan Foods profit falls\n\n"+
		"The Chicago-based company earned $48.3 million, or 61 cents a share, in the three months ended Sept. 30. Analysts surveyed by FactSet had expected 70 cents a share.")
	checkOpenings(t, e, []openingCase{
		{q: "how much did they make per share", first: "61 cents"},
		{q: "what did analysts expect", first: "70 cents"},
	})
}
