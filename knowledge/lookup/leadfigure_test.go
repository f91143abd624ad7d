package lookup

import "testing"

// mumpsCampus is a short article written for this test, in no question
// set: the lead counts the story's cases, and a later sentence counts the
// cases of a past year.
const mumpsCampus = `Mumps outbreak at university grows to 46 cases

ATHENS, Ohio (AP) — A mumps outbreak at Ohio University has grown to 46 confirmed cases, and 30 of the students infected had received both doses of the vaccine, university health officials said Tuesday.

Five students have been hospitalized. No one has died.

Ohio reported 11 cases in all of 2023.
`

// A count question naming only the noun counted asks the story's own
// figure, the lead's; a question naming a year still gets that year's.
func TestLeadFigure(t *testing.T) {
	e := engineOf(t, mumpsCampus)
	checkOpenings(t, e, []openingCase{
		{"how many cases are there", "46 confirmed cases", nil, nil},
		{"how many cases now", "46 confirmed cases", nil, nil},
		{"how many cases in 2023", "11 cases", nil, nil},
	})
}
