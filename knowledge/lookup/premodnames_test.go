package lookup

import (
	"testing"

	"storybot/knowledge"
)

// riverFlood is a short article written for this test, in no question set:
// counties named only by proper nouns before the common noun, one
// singular ("Yell County") and three coordinated before a plural head,
// and a plural head with no proper noun before it.
const riverFlood = `Arkansas River floods farm towns

DARDANELLE, Ark. (AP) — The Arkansas River rose past flood stage on Monday, and officials closed schools in nine counties.

Gov. Ruth Caldwell declared emergencies on Sunday for Pope, Logan and Johnson counties, home to about 110,000 people.

Crews in Yell County stacked sandbags along the levee through the night, Sheriff Dale Burris said.
`

func TestProperModifiersNameTheCommonNoun(t *testing.T) {
	e := engineOf(t, riverFlood)
	checkAnswers(t, e, []answerCase{
		// coordinated proper premodifiers of a plural head: one county each
		{"which counties got emergency declarations", []string{"Pope, Logan and Johnson counties"}, nil},
		// a proper noun before the capitalised head: the county's name
		{"which county stacked sandbags", []string{"Yell County"}, nil},
	})
	a := ask(t, e, knowledge.Question{Text: "which counties closed schools"})
	if a.Found {
		t.Errorf("nine counties are not named, yet answered:\n%s", a.Text)
	}
}
