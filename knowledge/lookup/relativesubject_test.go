package lookup

import "testing"

// creekSpill is a short article written for this test, in no question
// set: bodies named right before a subject relative "which", one at the
// end of an "according to" phrase and one after a by-phrase.
const creekSpill = `Chemical spill closes creek near Louisville

LOUISVILLE, Ky. (AP) — A tanker truck overturned on Interstate 64 on Friday and spilled about 3,000 gallons of diesel fuel into Beargrass Creek, according to the Kentucky Energy Cabinet, which is overseeing the cleanup.

The spill was first noticed by the Louisville Water Company, which monitors the creek with sensors.

The National Transportation Safety Board, which investigates serious crashes, said it would not send a team.
`

// A subject relative pronoun stands for the noun phrase it postmodifies
// (Quirk et al. 1985, §17.9–17.15), so the body named before "which"
// does the relative clause's act.
func TestRelativeSubjectDoer(t *testing.T) {
	e := engineOf(t, creekSpill)
	checkOpenings(t, e, []openingCase{
		{q: "who is overseeing the cleanup", first: "Kentucky Energy Cabinet"},
		{q: "who monitors the creek", first: "Louisville Water Company"},
		{q: "who investigates crashes", first: "National Transportation Safety Board"},
	})
}
