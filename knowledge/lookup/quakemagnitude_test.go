package lookup

import "testing"

// sorelQuake is a short article written for this test, in no question
// set: the story's quake, an aftershock and an earlier quake each have a
// magnitude, and the epicenter a distance.
const sorelQuake = `Earthquake shakes Sorel, damaging 200 homes

SOREL, Chile (AP) — A magnitude 6.2 earthquake shook the coastal city of Sorel on Thursday, damaging 200 homes, officials said.

Its epicenter was 18 miles (29 kilometers) west of the city. Several aftershocks followed, the largest a magnitude 4.9 an hour later.

The city last suffered a major quake in 1985, when a magnitude 7.8 temblor destroyed its port.
`

// The strength or size of an earthquake is its magnitude: the figure
// the asked quake noun heads, the story's own before the history
// paragraph's, an aftershock's when the aftershock is asked.
func TestQuakeStrengthIsItsMagnitude(t *testing.T) {
	e := engineOf(t, sorelQuake)
	checkAnswers(t, e, []answerCase{
		{"how strong was the quake", []string{"Magnitude 6.2"}, nil},
		{"how big was the earthquake", []string{"Magnitude 6.2"}, []string{"18 miles."}},
		{"what magnitude was the quake", []string{"Magnitude 6.2"}, nil},
		{"how strong was the biggest aftershock", []string{"Magnitude 4.9"}, nil},
		{"how powerful was the 1985 quake", []string{"Magnitude 7.8"}, nil},
	})
}
