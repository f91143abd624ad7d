package lookup

import "testing"

// rowingClub is a short article written for this test, in no question
// set: a club classed by an appositive with a proper premodifier ("the
// Division II rowing club"), whose coach is named later under "the
// club's coach", and a second organisation classed by no noun.
const rowingClub = `Harbor rowing club wins regatta in final stroke

NEWPORT, R.I. (AP) — The Narragansett Oarsmen, the Division II rowing club that trains on the bay, won the Ocean State Regatta on Saturday by half a second.

The club's coach, Petra Lindqvist, said the crew had practiced the finish all winter.

The race was run by the Rhode Island Rowing Association, which has organized it since 1971.
`

func TestApposedClassNoun(t *testing.T) {
	e := engineOf(t, rowingClub)
	checkAnswers(t, e, []answerCase{
		// "the club's coach" is the Oarsmen's: the appositive classed them as a club
		{"who's the coach of the narragansett oarsmen", []string{"Lindqvist"}, nil},
	})
	// the association is classed by no noun, and no sentence names its coach
	checkRefusals(t, e, "who is the coach of the rhode island rowing association")
}
