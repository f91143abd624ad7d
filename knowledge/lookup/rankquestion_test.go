package lookup

import "testing"

// depotClosing is a short article written for these tests, in no
// question set: people introduced with military titles, simple,
// compound and with an ordinal class, beside a civilian and a player
// "ranked" in a league.
const depotClosing = `Army to close supply depot in Brenner

BRENNER, Germany (AP) — The Army will close its supply depot in Brenner by next fall, moving about 600 soldiers to other bases, officials said Monday.

Lt. Col. Mara Quist, the depot's commander, said the move would save $31 million a year.

Staff Sgt. Ian Bello, who runs the depot's motor pool, said most of his soldiers would go to Italy.

Sgt. 1st Class Dee Arnott said her family had lived in Brenner for six years.

Town manager Otto Feld said the depot had been the town's largest employer. The base's soccer team, ranked fourth in its league, will play its last game in May.
`

// TestRankOfATitledPerson checks that "rank" asks a military title of a
// person introduced with one, written out where AP style abbreviates it.
func TestRankOfATitledPerson(t *testing.T) {
	checkOpenings(t, engineOf(t, depotClosing), []openingCase{
		{"what's quist's rank", "Mara Quist's rank is lieutenant colonel (Lt. Col.).", nil, nil},
		{"what rank is bello", "Ian Bello's rank is staff sergeant (Staff Sgt.).", nil, nil},
		{"arnott's rank?", "Dee Arnott's rank is Sgt. 1st Class.", nil, nil},
	})
	checkWantOrRefused(t, engineOf(t, depotClosing), []wantCase{
		// a civilian has no military rank to give
		{"what rank is otto feld", ""},
	})
}
