package lookup

import "testing"

// TestValueInPhraseIsNoAmount checks that a sum premodifying the noun of
// a prepositional phrase ("the owner of a $300,000 house") is not the
// amount a cost question asks, while a question about that noun still
// gets it, on a short article written for this test.
func TestValueInPhraseIsNoAmount(t *testing.T) {
	e := engineOf(t, "Parks levy on ballot\n\nBEND, Ore. (AP) — A parks levy on the May ballot would cost the owner of a $300,000 house about $90 a year, county officials said Monday.\n")
	checkAnswers(t, e, []answerCase{
		{"how much would it cost homeowners", []string{"About $90."}, nil},
		{"how much is the house worth", []string{"$300,000"}, nil},
	})
}
