package lookup

import "testing"

// libraryGifts is a short article written for this test, in no question
// set: two gifts of money and two counts of jobs, each told in a clause
// of its own.
const libraryGifts = `Library gets new wing

ELMIRA, N.Y. (AP) — The Elmira library opened its new wing on Friday.

Retired teacher Ann Hale gave $40,000 to the library for the wing. Grocer Tom Ortiz gave $25,000 to the library.

The Dorset mill will hire 30 workers this spring. A shoe maker will move work to a plant in Fulton and to its factory in Tioga, which will add 12 workers. The Granby bakery is cutting 45 workers.
`

func TestFiguresCompared(t *testing.T) {
	e := engineOf(t, libraryGifts)
	checkAnswers(t, e, []answerCase{
		{"did hale give more to the library than ortiz?", []string{"Yes", "$40,000", "$25,000"}, []string{"No —"}},
		{"did ortiz give more to the library than hale?", []string{"No", "$25,000", "$40,000"}, []string{"Yes —"}},
		// "more than 40": a bound on one figure, not a comparison of two
		{"did hale give more than $30,000?", nil, []string{"against"}},
		// the 12 workers are Tioga's, named nearer them than Fulton
		{"will fulton get more workers than dorset?", nil, []string{"against"}},
		{"is the mill hiring as many workers as the bakery is cutting?", []string{"No", "30 workers", "45 workers"}, []string{"Yes —"}},
	})
}

// snowDay is a short article written for this test, in no question set:
// two figures told in coordinated phrases that share one verb, each
// followed by its own place.
const snowDay = `Snow closes schools across county

BERLIN, N.H. (AP) — A late-season storm closed schools across Coos County on Friday.

Snowfall reached 22 inches in Gorham and 9 inches in Lancaster, the weather service said. Plows were out all night.
`

// TestCoordinatedFigures: in "22 inches in Gorham and 9 inches in
// Lancaster" each figure belongs to the place of its own conjunct, so a
// comparison of the two places is answered from the right figures.
func TestCoordinatedFigures(t *testing.T) {
	e := engineOf(t, snowDay)
	checkAnswers(t, e, []answerCase{
		{"did lancaster get more snow than gorham", []string{"No — 9 inches against 22 inches"}, nil},
		{"did gorham get more snow than lancaster", []string{"Yes — 22 inches against 9 inches"}, nil},
	})
}
