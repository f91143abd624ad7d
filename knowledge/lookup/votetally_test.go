package lookup

import "testing"

// Two figures joined by "to" after a decision by vote are its tally; a
// range from one figure to another is none (votetally.go).
func TestToTally(t *testing.T) {
	e := engineOf(t, "Teachers approve contract\n\nRIVERTON, Wyo. (AP) — Teachers in Riverton approved a three-year contract Saturday.\n\nMembers of the Riverton Education Association ratified the deal 1,212 to 347, union leaders said. Class sizes will drop from 30 to 26 students.\n")
	checkAnswers(t, e, []answerCase{
		{"what was the vote", []string{"1,212 to 347"}, nil},
		{"how many voted against it", []string{"347"}, nil},
		{"how big will classes be", []string{"26"}, nil},
	})
}

// TestFailedTallyGivesNoSideFirst checks that a tally after a verb of a
// measure's failing ("failed 5,120 to 4,880") is read as a tally, with
// its first figure, the winning side's, the votes against, on a short
// article written for this test.
func TestFailedTallyGivesNoSideFirst(t *testing.T) {
	e := engineOf(t, "Library levy fails\n\nSALEM, Ore. (AP) — A library levy failed 5,120 to 4,880 on Tuesday, county officials said.\n\nThe levy would have raised $2 million a year.\n")
	checkAnswers(t, e, []answerCase{
		{"what was the vote", []string{"5,120 to 4,880"}, nil},
		{"how many voted for it", []string{"4,880 —"}, nil},
		{"how many voted against it", []string{"5,120 —"}, nil},
	})
}
