package lookup

import "testing"

// ridleyQuarryBlast is a short article written for this test, in no question
// set: an event dated by a clock time narrowed by "shortly", and a later
// sentence counting events of its kind "since" a year, with the perfect.
const ridleyQuarryBlast = `Blast at Ridley quarry injures worker

RIDLEY, Pa. (AP) — An explosion at the Ridley stone quarry injured a worker, state police said.

The explosion happened shortly after 7 a.m. near the crusher, a machine that breaks rock into gravel for road crews across the county.

The quarry has seen four explosions since 2020.
`

func TestSinceSpanDatesNoEvent(t *testing.T) {
	e := engineOf(t, ridleyQuarryBlast)
	checkOpenings(t, e, []openingCase{
		// the act's own time, not the start of a span to now; "shortly" kept with its preposition
		{"when did the explosion happen", "Shortly after 7 a.m.", nil, []string{"Since 2020"}},
		// a question of the span's start still gets it
		{"since when has the quarry seen explosions", "Since 2020.", nil, nil},
	})
}
