package lookup

import (
	"strings"
	"testing"
)

// horses is a short article written for these tests, in no question set:
// animals named by one word and described by kinship nouns, their ages
// before their names, weights in parallel clauses, and two people
// introduced by their jobs.
const horses = `Draft horses retire from county fair

GREENVALE, Ohio (AP) — Two Belgian draft horses that pulled the county fair's hay wagon for a decade were retired Saturday, fair officials said.

The foal's mother, 12-year-old Clover, came to the fair from a farm in Indiana. Its father, 17-year-old Duke, was born in Greenvale.

Duke weighs about 2,100 pounds, and Clover weighs about 1,800.

Fair manager Paula Brandt, 58, said the horses would live out their years at a sanctuary. Stable hand Jorge Ruiz, 34, has cared for them since 2015.
`

func TestChoiceOfDescribedSides(t *testing.T) {
	e := engineOf(t, horses)
	checkAnswers(t, e, []answerCase{
		// kinship nouns for the sides, ages before the names
		{"who's older, mom or dad", []string{"Dad is older", "17"}, nil},
		{"who is younger, the father or the mother", []string{"Mother is younger", "12"}, nil},
		// no comma before the sides; the unit of the second weight is
		// left out in a parallel clause
		{"which one's heavier duke or clover", []string{"Duke is heavier", "2,100 pounds", "1,800"}, nil},
		{"which one's lighter duke or clover", []string{"Clover", "1,800"}, nil},
		// "they talked to" only says the person is a source
		{"who's older, the fair manager or the stable hand they talked to", []string{"Paula Brandt is older", "58", "34"}, nil},
	})
}

func TestDropSourceClause(t *testing.T) {
	for in, want := range map[string]string{
		"how far along is the mom they talked to":        "how far along is the mom",
		"what did the nurse the reporter spoke with say": "what did the nurse say",
		"who did they talk to":                           "who did they talk to",
		"was he the only one he talked to":               "was he the only one he talked to",
	} {
		if got := strings.TrimSpace(dropSourceClause(in)); got != want {
			t.Errorf("dropSourceClause(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPoundsAreWeight(t *testing.T) {
	s := "The calf weighed 71 pounds at birth."
	for _, n := range readQuantities(s, tokenize(s)) {
		if n.kind == qMoney {
			t.Errorf("%q read as money", n.text)
		}
	}
}

// ride is a short article written for these tests, in no question set:
// this year's figure with last year's after "up N% from", and an earlier
// figure dated by its year.
const ride = `Riders return to lakeside century

MILLBROOK, Iowa (AP) — The Lakeside Century drew its biggest field on Saturday, organizers said.

Organizers said 1,240 riders finished, up 5% from 1,180 last year. The club sold 900 jerseys this year, up from 610 in 2019. Ed Moss of Carpenters Local 88, which represents about 300 of the riders, led the first group.
`

func TestFigureOfTheTimeAsked(t *testing.T) {
	e := engineOf(t, ride)
	checkAnswers(t, e, []answerCase{
		// an agent noun counts the ones who do its verb
		{"how many finishers", []string{"1,240"}, nil},
		// the time asked picks the figure it dates
		{"how many finishers last year", []string{"1,180"}, nil},
		{"how many jerseys in 2019", []string{"610"}, nil},
		// a number in a name counts nothing
		{"how many riders does the local represent", []string{"300"}, []string{"88."}},
		// "B" of "A vs B" a time only: A asked again at that time
		{"# of finishers this yr vs last yr?", []string{"1,240", "1,180"}, nil},
	})
}
