package lookup

import "testing"

// coachFired is a short article written for this test and in no question
// set: a role held by "will serve as", with an adjunct after it.
const coachFired = "Wildcats fire coach\n\n" +
	"LEXINGTON, Ky. (AP) — Eastern Plains University fired football coach Dan Pruitt on Sunday after a 2-10 season.\n\n" +
	"Offensive coordinator Luis Baca will serve as interim coach while the school searches for a replacement.\n"

// TestServesAsRole: "X will serve as Y" gives X the role Y, up to the
// adjunct after it (roles.go, servesAs).
func TestServesAsRole(t *testing.T) {
	e := engineOf(t, coachFired)
	checkOpenings(t, e, []openingCase{
		{q: "who is the interim coach", first: "Luis Baca"},
		{q: "who is luis baca", first: "Luis Baca is the Offensive coordinator", want: []string{"calls Luis Baca the interim coach."}},
	})
}
