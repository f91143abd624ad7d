package lookup

import (
	"testing"
	"time"

	"storybot/knowledge"
)

// harwickMillFire is a short article written for this test, in no question set:
// the story's own fire, undated by year, and an earlier fire the article
// dates to 1988.
const harwickMillFire = `Fire destroys old Harwick mill

HARWICK, Vt. (AP) — A fire destroyed the old Corley woolen mill in Harwick early Friday, injuring two firefighters, fire officials said.

Flames reached 80 feet and crews fought the blaze for six hours, Chief Ada Pryor said.

The mill also burned in 1988, when a fire caused $400,000 in damage.

The Corley company reported sales of $3 million in 2021.
`

func TestAskedYearRestrictsTheAnswer(t *testing.T) {
	e := engineOf(t, harwickMillFire)
	checkAnswers(t, e, []answerCase{
		// the story's own fire is no answer about 1988, nor about a year
		// the article never names
		{"how many firefighters were injured in 1988", nil, []string{"two firefighters"}},
		{"how many firefighters were hurt in 2019", nil, []string{"two firefighters"}},
		{"how long did crews fight the fire in 1988", nil, []string{"six hours"}},
		// the year the sentence itself names still answers
		{"how much damage did the fire cause in 1988", []string{"$400,000"}, nil},
		{"what were the company's sales in 2021", []string{"$3 million"}, nil},
		// and a question without a year is answered as before
		{"how many firefighters were injured", []string{"two firefighters"}, nil},
	})
}

// A paragraph that names no year is of the story's day, so with a
// publication date in the year asked it answers.
func TestAskedYearOfThePublicationDate(t *testing.T) {
	a, err := knowledge.Parse(harwickMillFire, knowledge.Options{Published: time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, testLexicon(t))
	checkAnswers(t, e, []answerCase{
		{"how many firefighters were injured in 2024", []string{"two firefighters"}, nil},
		{"how many firefighters were injured in 1988", nil, []string{"two firefighters"}},
	})
}
