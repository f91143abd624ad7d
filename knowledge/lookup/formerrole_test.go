package lookup

import "testing"

// bandDirectorWins is a short article written for this test and in no
// question set: a winner identified by a former occupation.
const bandDirectorWins = "Former band director wins county seat\n\n" +
	"SALEM, Ore. — Dana Ortiz, a former high school band director, won a seat on the Marion County Commission on Tuesday.\n\n" +
	"Ortiz will be sworn in on Jan. 5.\n"

// TestPriorRole: "what did Ortiz do before" asks her earlier work, which
// the appositive marked "former" gives (formerrole.go).
func TestPriorRole(t *testing.T) {
	e := engineOf(t, bandDirectorWins)
	checkOpenings(t, e, []openingCase{
		{q: "what did ortiz do before", first: "A former high school band director"},
	})
}
