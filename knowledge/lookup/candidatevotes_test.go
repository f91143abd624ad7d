package lookup

import "testing"

// A candidate's votes are the figure the name owns: before "for" and the
// name, or the first after the name (past an age). The story is written
// for this test, in no question set.
func TestCandidateVotesByName(t *testing.T) {
	e := engineOf(t, "Okafor elected mayor\n\nDAYTON, Ohio (AP) — Council member Grace Okafor was elected mayor on Tuesday.\n\nOkafor, 51, received 22,410 votes to 19,877 for Dale Brandt, with a third candidate, Ana Soto, drawing 2,305.\n")
	checkOpenings(t, e, []openingCase{
		{q: "how many votes did brandt get", first: "19,877"},
		{q: "how many votes did okafor get", first: "22,410"},
		{q: "how many votes did ana soto get", first: "2,305"},
	})
}
