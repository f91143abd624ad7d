package lookup

import "testing"

// chiliCookoff is a short article written for this test, in no question
// set: the crowd told by "attended", a smaller number of people told
// elsewhere, and the light verb "go" written in another sentence.
const chiliCookoff = `Chili cook-off heats up Marlow

MARLOW, Okla. (AP) — About 6,200 people attended the Marlow Chili Cook-off on Saturday, organizers said.

The cook-off began 12 years ago as a backyard party for 40 people.

Two judges had to go to the first-aid tent after tasting the hottest entry.
`

// "Went to" with its object in place is the prepositional verb "go to",
// which WordNet files under "attend", though the article writes "go"
// elsewhere; a closing preposition is left to its stranded wh-object.
func TestLightVerbWithPreposition(t *testing.T) {
	e := engineOf(t, chiliCookoff)
	checkAnswers(t, e, []answerCase{
		{"how many ppl went to the cook-off", []string{"6,200"}, []string{"40 people"}},
		{"how many judges went to the first-aid tent", []string{"Two"}, nil},
	})
}
