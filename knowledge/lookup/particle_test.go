package lookup

import "testing"

// pharmacyBurglary is a short article written for this test, in no
// question set: the act asked about is told only by a light verb and its
// particle ("got in").
const pharmacyBurglary = `Burglars take painkillers from Dayton pharmacy

DAYTON, Ohio (AP) — Burglars stole about $40,000 worth of prescription painkillers from a downtown pharmacy early Sunday, police said.

Officers arrived at 3:10 a.m., six minutes after the alarm sounded. The burglars got in through a basement window that had been left unlatched, Sgt. Dana Pruitt said.

The pharmacy reopened Monday.
`

// A particle that closes the question with no object after it is part of
// a phrasal verb (Quirk et al., §16.2–16.4): "get in" is the article's
// "got in", though "get" alone is too light a verb to look for.
func TestStrandedParticleMakesAPhrasalVerb(t *testing.T) {
	e := engineOf(t, pharmacyBurglary)
	checkAnswers(t, e, []answerCase{
		{"how did the burglars get in", []string{"basement window"}, nil},
	})
}
