package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// rodeoNight is a short article written for these tests, in no question
// set: a gathering's size given as "a crowd of N" with the clause's verb
// after the number, and a group of counted people beside it.
const rodeoNight = `Rider wins title at Dunmore rodeo

DUNMORE, Neb. (AP) — Jess Carver won the bull riding title at the Dunmore County Rodeo on Saturday night.

A crowd of 7,350 packed the arena despite a thunderstorm. Carver beat a field of 14 riders for the $9,000 prize.
`

// TestGroupSize checks that a number after "a crowd of" gives the
// crowd's size although the word after it is a verb ("7,350 packed"),
// and that a noun WordNet defines as the number of people present
// ("attendance") is answered by it; a word for the people that the
// article never uses ("spectators") is still refused.
func TestGroupSize(t *testing.T) {
	e := engineOf(t, rodeoNight)
	if e.noLex {
		t.Skip("needs WordNet")
	}
	checkAnswers(t, e, []answerCase{
		{"how big was the crowd", []string{"7,350."}, []string{"packed."}},
		{"how many people were in the crowd", []string{"7,350"}, []string{"14 riders"}},
		{"attendance?", []string{"7,350."}, []string{"packed."}},
		{"what was the attendance", []string{"7,350"}, nil},
	})
	for _, q := range []string{"how many spectators were there", "how many people voted"} {
		a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
		if err != nil {
			t.Fatal(err)
		}
		if a.Found {
			t.Errorf("%q: answered, want refused:\n%s", q, a.Text)
		}
	}
}
