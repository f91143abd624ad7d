package lookup

import "testing"

// quarryRuling is a short article written for this test, in no question
// set: a fronted day dating a main verb whose object an -ed clause
// postmodifies, and a second -ed clause with a time of its own.
const quarryRuling = `Judge halts quarry expansion

BRANTLEY, Vt. (AP) — On Friday, Superior Court Judge Owen Park blocked a quarry permit issued by the town of Brantley.

Park also struck down a zoning change approved in 2022, saying the town had given too little notice.

Neighbors will hold a meeting on Monday.
`

// A time outside the -ed clause dates the main verb, not the act the
// clause tells of its patient; a time inside it dates that act.
func TestTimeOfPostmodifyingClause(t *testing.T) {
	e := engineOf(t, quarryRuling)
	checkAnswers(t, e, []answerCase{
		{"when was the permit issued", nil, []string{"On Friday."}},
		{"when was the zoning change approved", []string{"In 2022."}, nil},
		{"when was the permit blocked", []string{"On Friday."}, nil},
	})
}
