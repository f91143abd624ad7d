package lookup

import "testing"

// shelterReport is a short article written for these tests, in no
// question set: a count set beside an earlier one with "down from", a
// cost set beside its budget with "double the", and a figure with no
// earlier one beside it.
const shelterReport = `Animal shelter takes in fewer dogs

KESTON, Neb. (AP) — The Keston County animal shelter took in 640 dogs last year, down from 910 in 2019, director Lena Brack said Wednesday.

The shelter's new kennel cost $1.9 million, nearly double the $1 million the board set aside for it.

The shelter houses 38 cats, about the same as five years ago.
`

func TestFigureBesideEarlierAnswersBothSides(t *testing.T) {
	checkAnswers(t, engineOf(t, shelterReport), []answerCase{
		// the pair answers both sides, in the article's words
		{"how many dogs now vs before?", []string{"640 dogs last year, down from 910 in 2019."}, nil},
		{"dogs now vs then?", []string{"640 dogs last year, down from 910 in 2019."}, nil},
		{"kennel - budgeted vs actual", []string{"$1.9 million, nearly double the $1 million."}, nil},
		// the best sentence sets no earlier figure beside its own: no pair
		// from another sentence
		{"cats now vs five years ago", []string{"38 cats"}, []string{"640", "910"}},
	})
}

// islandFerryReport is a short article written for these tests, in no question
// set: counts changed in AP's "rose to A from B" order, a lead whose
// pair is found only by the sides' words together, and a "from A to B"
// of another measure beside a wage the question asks.
const islandFerryReport = `Island ferry carries more riders

PORT ELLIS, Maine (AP) — The Port Ellis ferry carried 96,000 passengers last season, up from 71,000 the season before, the harbor authority said Thursday.

Monthly passes rose to 1,240 from 880, and the authority added a third boat in June.

Deckhands hired before 2020 earn $28.40 an hour, compared with $21.15 for newer hires.

The new contract cuts the time newer deckhands need to reach the top wage from seven years to five.
`

func TestFigureBesideEarlierFoundByBothSides(t *testing.T) {
	e := engineOf(t, islandFerryReport)
	checkAnswers(t, e, []answerCase{
		// "to A from B" sets the new figure beside the earlier one too
		{"monthly passes now vs before?", []string{"Rose to 1,240 from 880."}, nil},
		// the earlier side names only its time: the sides together find the pair
		{"passengers this season vs last", []string{"96,000 passengers last season, up from 71,000"}, nil},
	})
	// a pair of another measure (years) holds one side's words but not
	// the other's: it answers neither
	q := "top wage for old hires compared with new ones"
	if r, ok := e.changePair(comparisonParts(q), true, nil); ok {
		t.Errorf("%q: want no pair, got %q", q, r.head)
	}
}

// cropReport is a short article written for these tests, in no question
// set: a lead that sets this year's figure beside last year's, and a
// forecast in another sentence.
const cropReport = `Valley pear crop falls short

HOLLIS, Ore. (AP) — Hollis Valley growers picked 80,000 tons of pears this year, down from 95,000 tons last year, the growers' cooperative said Friday.

The cooperative had forecast 90,000 tons in May.
`

func TestExpectedSideTakesNoDatedPair(t *testing.T) {
	e := engineOf(t, cropReport)
	// the lead's pair sets this year beside last year, not beside the
	// forecast: it answers no "forecast vs actual"
	q := "forecast vs what they actually picked"
	if r, ok := e.changePair(comparisonParts(q), true, nil); ok {
		t.Errorf("%q: want no pair, got %q", q, r.head)
	}
	// a side asking the last year's figure still takes it
	checkAnswers(t, e, []answerCase{
		{"pears this year vs last year", []string{"80,000 tons of pears this year, down from 95,000 tons last year."}, nil},
	})
	for p, want := range map[string]bool{"down from 95,000 tons last year": true, "nearly double the $1 million": false} {
		if got := datedEarlier(p); got != want {
			t.Errorf("datedEarlier(%q) = %v, want %v", p, got, want)
		}
	}
}
