package lookup

import "testing"

// wiringFire is a short article written for this test, in no question
// set: the lead tells of the fire and dates only the report ("said
// Wednesday"); the next paragraph dates the fire itself by a date set
// before its noun ("the Oct. 3 fire"), and a later one the vote the same
// way ("the June 8 vote").
const wiringFire = `Town hall fire blamed on wiring

MILLBROOK, Vt. (AP) — Faulty wiring caused a fire that gutted the Millbrook town hall and forced the town to call off a vote, investigators said Wednesday.

Fire Marshal Ann Ruiz, 52, said the Oct. 3 fire started in a storage room and spread through the attic. No one was hurt.

The town clerk, Paul Dunn, 60, said the June 8 vote on a new school was put off until next year.
`

// "when was the fire" asks the fire's own date, which the date before
// its noun gives, not the day the investigators spoke.
func TestWhenQuestionTakesTheDateBeforeTheAskedNoun(t *testing.T) {
	e := engineOf(t, wiringFire)
	checkAnswers(t, e, []answerCase{
		{"when was the fire", []string{"Oct. 3"}, []string{"Wednesday"}},
		{"when was the vote", []string{"June 8"}, []string{"Wednesday"}},
		{"when did the fire happen", []string{"Oct. 3"}, []string{"Wednesday"}},
	})
}

// dockCollision is a short article written for this test, in no
// question set: the lead tells of the collision and dates the fine ("on
// Monday"); a later sentence dates the collision by a date before its
// noun and holds another time after it ("the same day").
const dockCollision = `Ferry operator fined over dock collision

PORT ANGELES, Wash. (AP) — State regulators on Monday fined a ferry company $75,000 for a collision that damaged a public dock, the agency said.

Inspectors said the captain reported the Aug. 22 collision the same day but kept the ferry in service for a week.
`

// "when was the collision" takes the date set before "collision", not
// the lead's day of the fine nor the other time of the same sentence.
func TestWhenQuestionTakesTheDateBeforeTheNounOfItsSentence(t *testing.T) {
	e := engineOf(t, dockCollision)
	checkAnswers(t, e, []answerCase{
		{"when was the collision", []string{"Aug. 22."}, []string{"Monday", "The same day."}},
		{"when did the collision happen", []string{"Aug. 22."}, []string{"Monday", "The same day."}},
	})
}
