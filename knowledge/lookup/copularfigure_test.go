package lookup

import "testing"

// bowlGame is a short article written for this test and in no question
// set: a figure told as the subject complement of a copula whose subject
// opens the sentence ("Attendance was 41,250").
const bowlGame = "Tigers win bowl game in overtime\n\n" +
	"SHREVEPORT, La. — The Tigers beat the Owls 31-28 in overtime on Saturday in the Independence Bowl.\n\n" +
	"Attendance was 41,250, the largest crowd at the bowl in a decade.\n\n" +
	"Quarterback Jalen Ward threw for 312 yards and three touchdowns.\n"

// TestCopularFigure: "what was attendance" is answered by the figure the
// copula joins to it, first (offigure.go, copularamount.go).
func TestCopularFigure(t *testing.T) {
	e := engineOf(t, bowlGame)
	checkOpenings(t, e, []openingCase{
		{q: "what was attendance", first: "41,250"},
	})
}
