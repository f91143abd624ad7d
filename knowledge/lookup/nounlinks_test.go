package lookup

import (
	"testing"

	"storybot/knowledge"
)

// harlowGym is a short article written for this test, in no question
// set: it never writes "stock", and its "fitness" shares a stem with
// "fit", the broader term of the verb "stock" ("stock" a shelf: fit it
// out) in WordNet.
const harlowGym = `Gym chain opens 12 clubs

HARLOW, Mich. (AP) — Brightpeak Fitness opened 12 new clubs across Michigan on Saturday, bringing its membership to about 240,000 people.

The company's ship, a converted ferry with a rowing studio, will tour Lake Huron ports this summer, founder Alma Reyes said.
`

// A noun the article never uses ("the stock") is read through the words
// WordNet links to its noun senses only, not to the verb's: the article's
// "fitness" does not stand for it. A noun's own links still stand for it
// ("the vessel", of which a ship is a kind).
func TestNounReadAsNoun(t *testing.T) {
	e := engineOf(t, harlowGym)
	checkAnswers(t, e, []answerCase{
		{"what happened to the stock", nil, []string{"240,000"}},
		{"what will the vessel do this summer", []string{"Lake Huron"}, nil},
	})
	if a := ask(t, e, knowledge.Question{Text: "what happened to the stock"}); a.Found {
		t.Errorf("\"what happened to the stock\" answered: %s", a.Text)
	}
}
