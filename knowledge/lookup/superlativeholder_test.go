package lookup

import "testing"

// riverCities is a short article written for these tests, in no question
// set: a state's largest city named in a sentence that also stands in
// the dateline city's story, a city the entities miss, and a question
// that asks something else of the largest city.
const riverCities = `Census ranks Fallon first again

ORVILLE, Kan. (AP) — Fallon remained the largest city in the state, with 402,000 residents, census figures released Tuesday show.

Orville, the capital, ranked fourth with 151,000.

Mayor Dana Whitcomb of Orville said the city would grow.

Among towns, Pettis is the oldest, founded in 1821.
`

func TestSuperlativeOfAnother(t *testing.T) {
	e := engineOf(t, riverCities)
	checkOpenings(t, e, []openingCase{
		// one city alone is the largest: the article gives it to Fallon
		{"is orville the largest city", "No", []string{"Fallon remained the largest city"}, nil},
		{"hey is orville the biggest city in the state", "No", nil, nil},
		{"is fallon the largest city", "Yes", nil, nil},
		// another quality's superlative is no ranking by size
		{"is pettis the oldest town", "Yes", nil, nil},
	})
	checkAnswers(t, e, []answerCase{
		// the question asks whether the largest city is growing, not who it is
		{"is the largest city growing", nil, []string{"No —"}},
	})
}

// A place after "in" that bounds the superlative holds nothing: "is it the
// tallest in Ohio" asks of the story's tower, which the article calls the
// tallest in Ohio; another city named as the holder still denies. The
// story is written for this test, in no question set.
func TestSuperlativeDomainIsNoHolder(t *testing.T) {
	e := engineOf(t, "Tower opens in Columbus\n\nCOLUMBUS, Ohio (AP) — The new Scioto Tower opened on Monday.\n\nAt 61 floors, the glass tower is the tallest in Ohio.\n\nCleveland is the largest city on Lake Erie in Ohio, the mayor said.\n")
	checkOpenings(t, e, []openingCase{
		{q: "is it the tallest in ohio", first: "Yes"},
		{q: "is columbus the largest city on lake erie", first: "No"},
	})
}
