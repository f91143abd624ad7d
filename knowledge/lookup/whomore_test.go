package lookup

import "testing"

// campaignMoney is a short article written for this test, in no question
// set: two candidates' sums raised, in one sentence, and their votes,
// one of them by pronoun.
const campaignMoney = `Former principal ousts two-term mayor

PUEBLO, Colo. (AP) — Former high school principal Teresa Villanueva defeated two-term Mayor Nick Gradisar in Tuesday's runoff election.

She received 18,412 votes to his 15,690.

Villanueva's campaign raised about $410,000, while Gradisar raised about $365,000, according to campaign finance reports.
`

// "Who raised more money" compares the figures of the parties the act's
// sentence names; the comparative picks the larger, "fewer" the smaller.
func TestWhoMore(t *testing.T) {
	checkOpenings(t, engineOf(t, campaignMoney), []openingCase{
		{q: "who raised more money", first: "Teresa Villanueva (about $410,000, to Nick Gradisar's about $365,000)"},
		{q: "who raised less", first: "Nick Gradisar"},
		{q: "who got fewer votes", first: "Nick Gradisar (15,690 votes"},
	})
}
