package lookup

import "testing"

// runoffTally is a short article written for this test, in no question
// set: the loser's vote count is set against the winner's after "to his",
// with the noun left out.
const runoffTally = `Former principal ousts two-term mayor

PUEBLO, Colo. (AP) — Former high school principal Teresa Villanueva defeated two-term Mayor Nick Gradisar in Tuesday's runoff election.

She received 18,412 votes to his 15,690.
`

// "To his 15,690" is Gradisar's count of votes: the genitive leaves out
// the head the figure it is set against gives, and "his" is the one man
// the sentence refers to.
func TestPairedHeadAfterPossessive(t *testing.T) {
	checkOpenings(t, engineOf(t, runoffTally), []openingCase{
		{q: "how many votes did gradisar get", first: "15,690 votes"},
		{q: "how many votes did villanueva get", first: "18,412 votes"},
	})
}
