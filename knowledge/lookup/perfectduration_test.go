package lookup

import (
	"context"
	"testing"

	"storybot/knowledge"
)

// orchardFamily is a short article written for this test, in no question
// set: a family that has owned an orchard "since 1931", in a sentence
// that also gives a distance in miles.
const orchardFamily = `Old orchard yields a rare apple

WENATCHEE, Wash. (AP) — A grower found a tree of a long-lost apple variety on the Lund family's orchard, about 12 miles north of Wenatchee.

The tree stands behind the packing shed of Ellen Lund, 72, whose family has owned the orchard since 1931.

Botanists will graft cuttings from the tree this spring.
`

// "how long has the family owned the orchard" is in the perfect: it asks
// a span of time up to now, which "since 1931" states and "12 miles"
// does not.
func TestPerfectHowLongAsksDuration(t *testing.T) {
	e := engineOf(t, orchardFamily)
	checkAnswers(t, e, []answerCase{
		{"how long has the lund family had the orchard", []string{"1931"}, []string{"miles"}},
		{"how long have the lunds owned the orchard", []string{"1931"}, []string{"miles"}},
	})
}

// tulipSeller is a short article written for this test, in no question
// set: a seller's perfect with "since" far from its auxiliary, a pool's
// future closing with a modal limit, a count of days under a closing
// attribution, and a headline span of another subject.
const tulipSeller = `Flower seller, 71, packs up her stall after five decades

HOLLAND, Mich. (AP) — Ruth Ames has sold tulips at the Eighth Street farmers market since 1974. On Saturday, the 71-year-old flower seller packed up her stall for the last time.

The market will stay closed for up to six weeks while crews repave the lot, manager Dale Voss said.

She skipped only four market days in all those years, the city said.
`

// The perfect's span reaches its auxiliary past an object and a place;
// a modal limit, a source's count and a headline's span of another
// subject answer no perfect how-long question.
func TestPerfectSpanAndItsSubject(t *testing.T) {
	e := engineOf(t, tulipSeller)
	checkAnswers(t, e, []answerCase{
		{"how long has ames been doing this", []string{"1974"}, []string{"decades", "four"}},
		{"how long will the market be closed", []string{"six weeks"}, nil},
	})
	for _, q := range []string{
		"how long has voss been the manager",       // not the market's "up to six weeks"
		"how long has the city had parking meters", // not "four market days, the city said", nor the seller's five decades
	} {
		if a := answerOf(t, e, q); a.Found {
			t.Errorf("%q: want no answer, got %s", q, a.Text)
		}
	}
}

func TestModalSpanAndAttribution(t *testing.T) {
	e := engineOf(t, tulipSeller)
	s := &e.r.sents[2] // "The market will stay closed for up to six weeks …"
	for _, n := range s.nums {
		if n.unit == "week" && !modalSpan(s, n) {
			t.Errorf("%q: want a modal span", n.text)
		}
	}
	city := &e.r.sents[3] // "She skipped only four market days …, the city said."
	last := len(city.toks) - 2
	if !onlyInAttribution(city, []int{last}) || onlyInAttribution(city, []int{1, last}) {
		t.Errorf("onlyInAttribution: wrong reading of %q", city.text)
	}
}

// answerOf is the engine's answer to q.
func answerOf(t *testing.T, e *Engine, q string) knowledge.Answer {
	t.Helper()
	a, err := e.Answer(context.Background(), knowledge.Question{Text: q})
	if err != nil {
		t.Fatalf("%q: %v", q, err)
	}
	return a
}
