package lookup

import "testing"

// hotelAlarm is a short article written for this test, in no question
// set: one sentence of two coordinated clauses, each with its own
// interval ("arrived six minutes after the alarm", "began moving guests
// outside within 20 minutes").
const hotelAlarm = `Carbon monoxide sends 14 to hospital from Duluth hotel

DULUTH, Minn. (AP) — A carbon monoxide alarm went off at the Harbor View Inn at 5:10 a.m. Saturday, and 14 guests were taken to hospitals, fire officials said.

The first firefighters arrived six minutes after the alarm, and staff began moving guests outside within 20 minutes.

A boiler vent blocked by ice was to blame, Battalion Chief Rosa Lind said.
`

// The interval asked is the one in the clause holding the question's
// words, whichever figure stands nearer a word matched elsewhere ("first"
// for "start").
func TestIntervalOfTheClauseAsked(t *testing.T) {
	e := engineOf(t, hotelAlarm)
	checkOpenings(t, e, []openingCase{
		{"how soon did staff start getting guests out", "20 minutes.", nil, nil},
		{"how quickly did staff begin moving guests", "20 minutes.", nil, nil},
		{"how quickly did firefighters arrive", "Six minutes.", nil, nil},
	})
}

// A sentence of one clause is not weighed: each figure is its clause's.
func TestIntervalClauseWeightOneClause(t *testing.T) {
	e := engineOf(t, hotelAlarm)
	q := e.understand("how quickly did firefighters arrive", nil)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if w := intervalClauseWeight(q, s, nil, n); w != 0 {
				t.Errorf("%q in %q: weight %v with no word matched", n.text, s.text, w)
			}
		}
	}
	if got := coordinatedClauses(&e.r.sents[2]); got[0] != 0 || got[len(got)-1] != 1 {
		t.Errorf("clauses of %q: %v, want 0 … 1", e.r.sents[2].text, got)
	}
}

// hayBarn is a short article written for this test, in no question set:
// the asked subject's noun stands only beside the span of another act.
const hayBarn = `Hay barn burns near Sedalia

SEDALIA, Mo. (AP) — A hay barn burned to the ground near Sedalia early Friday, the Pettis County Fire Protection District said.

Crews from three departments arrived nine minutes after a neighbor called 911.

Firefighters spent about two hours putting out hot spots, Chief Dale Moore said.
`

// The interval asked is the asked act's, not the span of another act
// beside the subject's noun; a question of that other act still gets its
// span.
func TestIntervalOfTheActAsked(t *testing.T) {
	e := engineOf(t, hayBarn)
	checkOpenings(t, e, []openingCase{
		{"how quickly did firefighters arrive", "Nine minutes.", nil, nil},
		{"how fast did firefighters get there", "Nine minutes.", nil, nil},
		{"how fast did crews put out hot spots", "About two hours.", nil, nil},
	})
}

// "How long did it take" the act asked is the span a relator places in
// that act's clause ("A deputy arrived 12 minutes after the first call"),
// not the other clause's "about an hour later"; and chat's "how quick"
// asks what "how quickly" asks.
func TestTookToActAndHowQuick(t *testing.T) {
	e := engineOf(t, barnCattle)
	checkOpenings(t, e, []openingCase{
		{"how long did it take the deputy to arrive", "12 minutes.", nil, nil},
		{"how long did it take the deputy to show up", "12 minutes.", nil, nil},
		{"how quick did the deputy arrive", "12 minutes.", nil, nil},
	})
	if m := mannerMeasure("how quick did they get there", "quick"); m != "quickly" {
		t.Errorf("how quick: measure %q, want quickly", m)
	}
}
