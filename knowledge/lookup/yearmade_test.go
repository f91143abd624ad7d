package lookup

import "testing"

// A story that dates a made thing only by a year before its noun, in
// apposition and as a premodifier, and an event by a year the same way.
const yearMadeStory = `Carousel spins again after flood

DUBUQUE, Iowa (AP) — The Eagle Point Carousel, a 1923 wooden merry-go-round, is turning again, two years after the 2019 flood filled its pavilion with mud, park officials said Friday.

Volunteers also repainted the 1950 steam locomotive that stands by the gate.
`

func TestYearBeforeAMadeThingsNoun(t *testing.T) {
	e := engineOf(t, yearMadeStory)
	checkOpenings(t, e, []openingCase{
		// in apposition to the name, before a kind of artifact (WordNet)
		{"how old is the carousel", "It dates from 1923.", nil, nil},
		// asked by the first word of the name the appositive follows
		{"how old is eagle point", "It dates from 1923.", nil, nil},
		// premodifying the noun asked
		{"how old is the locomotive", "It dates from 1950.", nil, nil},
	})
	// a year before an event's noun tells when it was, no age
	checkAnswers(t, e, []answerCase{
		{"how old is the flood", nil, []string{"dates from"}},
	})
}
