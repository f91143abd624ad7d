package lookup

import "testing"

// barnCattle is a short article written for this test, in no question
// set: an arrival told by "arrived", and "shows" in another sense.
const barnCattle = `Loose cattle block county highway for an hour

MARSHALL, Mo. (AP) — About 40 cattle wandered onto Highway 65 early Friday after a storm knocked down a fence, the Saline County Sheriff's Office said.

A deputy arrived 12 minutes after the first call, and the herd was back behind a wire fence about an hour later.

Dashboard video shows the deputy waving traffic around the animals for several minutes.
`

// "Show up" asked of the deputy is the article's "arrived", not the
// video that "shows"; a phrasal verb the article writes is left alone.
func TestShowUpReadsArrived(t *testing.T) {
	e := engineOf(t, barnCattle)
	checkOpenings(t, e, []openingCase{
		{"how quickly did a deputy show up", "12 minutes.", nil, nil},
		{"how soon did the deputy turn up", "12 minutes.", nil, nil},
	})
	q := e.understand("how quickly did a deputy show up", nil)
	i := slicesIndexLower(q.toks, "show")
	if tm, ok := e.arrivalTerm(q, i, term{}); !ok || len(tm.alts) != 1 || tm.alts[0] != stemOf("arrive") {
		t.Errorf("show up: %+v, %v; want the article's arrive", tm, ok)
	}
	e2 := engineOf(t, "Crowd waits\n\nTULSA, Okla. (AP) — Nobody showed up until noon, and a crew arrived at 1 p.m.\n")
	q2 := e2.understand("when did people show up", nil)
	if _, ok := e2.arrivalTerm(q2, slicesIndexLower(q2.toks, "show"), term{}); ok {
		t.Error("show up written in the article: read as arrive all the same")
	}
}

// slicesIndexLower is the index of the first token written w, or -1.
func slicesIndexLower(toks []token, w string) int {
	for i, t := range toks {
		if t.lower == w {
			return i
		}
	}
	return -1
}

// "Get there" is arrive: the light verb and the place pro-form, both
// stop words, leave no other term, and the answer is the arrival's
// interval, not the other clause's "about an hour later".
func TestGetThereReadsArrived(t *testing.T) {
	e := engineOf(t, barnCattle)
	checkOpenings(t, e, []openingCase{
		{"how fast did the deputy get there", "12 minutes.", nil, nil},
	})
	// a question whose subject the article never names meets the
	// arrival by its verb alone
	barn := engineOf(t, `Hay barn burns near Sedalia

SEDALIA, Mo. (AP) — A hay barn burned to the ground near Sedalia early Friday, the Pettis County Fire Protection District said.

Crews from three departments arrived nine minutes after a neighbor called 911.
`)
	checkOpenings(t, barn, []openingCase{
		{"how quickly did the trucks get there", "Nine minutes.", nil, nil},
	})
	q := e.understand("how quickly did they get here", nil)
	if tm, ok := e.getThereTerm(q, slicesIndexLower(q.toks, "get")); !ok || tm.alts[0] != stemOf("arrive") {
		t.Errorf("get here: %+v, %v; want the article's arrive", tm, ok)
	}
	if _, ok := e.getThereTerm(q, slicesIndexLower(q.toks, "they")); ok {
		t.Error("a word other than get read as arrive")
	}
}
