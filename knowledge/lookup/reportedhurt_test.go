package lookup

import "testing"

// bridgeCrash is a short article written for this test, in no question
// set: a denial through a passive verb of reporting ("No one was reported
// hurt"), one restricted to a class of people ("No passengers were
// reported injured") beside a person who was, and a denial in plain words.
const bridgeCrash = `Truck strikes rail bridge

AMES, Iowa (AP) — A truck struck a rail bridge on Route 9 on Friday, and a train crossing it stopped short. No one was reported hurt on the road.

No passengers were reported injured. The train's engineer, Paul Dorn, was treated for a cut hand, the railroad said.
`

func TestDenialByAReportedComplement(t *testing.T) {
	e := engineOf(t, bridgeCrash)
	checkOpenings(t, e, []openingCase{
		// the participle of reporting stands between the negated subject
		// and the complement that says what was denied
		{"was anyone hurt on the road", "No", []string{"No one was reported hurt"}, nil},
		{"were any passengers injured", "No", []string{"No passengers were reported injured"}, nil},
	})
	// "No passengers" denies it of passengers only: the engineer is no
	// passenger
	checkAnswers(t, e, []answerCase{
		{"was anybody injured", nil, []string{"No —"}},
	})
}
