package lookup

import "testing"

// coastalCupFinal is a short article written for this test, in no question set:
// a match report whose venue is named only in a later sentence, with the
// game written "the game" and a next game told without its place.
const coastalCupFinal = `Rivera's late goal lifts Harbor FC to cup title

TACOMA, Wash. (AP) — Lucia Rivera scored in the 88th minute and Harbor FC beat Cascade United 2-1 on Sunday to win the Coastal Cup.

Cascade's coach was sent off early in the second half, and his assistant ran the rest of the game.

A crowd of 14,200 watched at Cheney Stadium. Harbor FC plays its next game Saturday.
`

// gravelMineHearing is a short article written for this test, in no question
// set: a hearing written "the hearing", no venue, and a dateline.
const gravelMineHearing = `Judge weighs challenge to zoning change

SALEM, Ore. (AP) — A Marion County judge listened to arguments Tuesday over a zoning change that would allow a gravel mine.

Neighbors packed the hearing, and the judge said she would rule within 30 days.
`

// TestStoryEventVenue checks that "where was the game" asks the story's
// event, at its venue or its dateline, and that "the next game" does not.
func TestStoryEventVenue(t *testing.T) {
	e := engineOf(t, coastalCupFinal)
	checkOpenings(t, e, []openingCase{{"where was the game", "Cheney Stadium", nil, nil}})
	checkWantOrRefused(t, e, []wantCase{{"where is the next game", ""}})
	checkOpenings(t, engineOf(t, gravelMineHearing), []openingCase{
		{"where was the hearing", "Salem", nil, nil},
	})
}
