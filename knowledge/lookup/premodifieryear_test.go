package lookup

import "testing"

// boatRamp is a short article written for this test, in no question set:
// a rebuilding dated 2024 with its duration, and an earlier rebuilding,
// dated 1997, whose duration the article never gives.
const boatRamp = `Town finishes new boat ramp

ALDEN, Maine (AP) — Crews finished a new boat ramp at Alden Harbor on Friday, two years after a storm wrecked the old one.

Work began in March 2024, and the rebuilding took eight months and cost $900,000.

The old ramp was built in 1962 and was last rebuilt in 1997.
`

func TestPremodifyingYearDatesTheAskedEvent(t *testing.T) {
	e := engineOf(t, boatRamp)
	checkAnswers(t, e, []answerCase{
		{"how long did the 2024 rebuild take", []string{"Eight months"}, nil},
		// no year asked: the rule does not fire
		{"how long did the rebuild take", []string{"Eight months"}, nil},
	})
	// the 1997 rebuilding's length is not told: not the 2024 one's
	refuses(t, e, "how long did the 1997 rebuild take")
}

// canyonFire is a short article written for this test, in no question
// set: the story's own fire, told in paragraphs that write no year, and
// an earlier fire dated by its year.
const canyonFire = `Wildfire destroys homes near Alder Creek

ALDER CREEK, Calif. (AP) — A wildfire burned through a canyon east of Alder Creek on Tuesday, fire officials said.

The fire destroyed 38 homes and forced 900 people to leave. It burned for three days before crews stopped it.

A 1999 fire in the same canyon destroyed 12 homes.
`

func TestPremodifyingYearKeepsUndatedParagraphs(t *testing.T) {
	e := engineOf(t, canyonFire)
	checkAnswers(t, e, []answerCase{
		// the story's own fire: its paragraph writes no year and stays
		{"how many homes did the 2024 fire destroy", []string{"38"}, []string{"12"}},
		{"how long did the 2024 fire burn", []string{"three days"}, nil},
		// the year the paragraph writes
		{"how many homes did the 1999 fire destroy", []string{"12"}, []string{"38"}},
	})
}
