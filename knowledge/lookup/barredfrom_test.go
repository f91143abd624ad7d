package lookup

import "testing"

// rinkBan is a short article written for this test, in no question set.
const rinkBan = `Hockey club fined after brawl

TORONTO (AP) — The Harbour Hawks were fined $50,000 on Monday, and their fans are banned from the next two home games, the league said.

Goalie Ivan Roy is barred from all league play, including playoff games, until January. Roy can still practice with the team.
`

// A passive verb of prevention with "from" and a noun ("is barred from
// all league play") denies its subject the act: asked whether he can
// play, no; a thing not barred keeps its yes.
func TestBarredFromAnswersNo(t *testing.T) {
	e := engineOf(t, rinkBan)
	checkOpenings(t, e, []openingCase{
		{q: "can roy play in playoff games", first: "No"},
		{q: "can fans go to the next home games", first: "No"},
		{q: "can roy practice with the team", first: "Yes"},
	})
}
