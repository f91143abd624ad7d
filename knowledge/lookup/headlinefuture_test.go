package lookup

import "testing"

// plantClosing is a short article written for this test and in no
// question set: only the headline tells of the closing, by "to" alone.
const plantClosing = "Ohio glass plant to close, cutting 210 jobs\n\n" +
	"LANCASTER, Ohio — Harlan Glass announced the decision Tuesday in a letter to workers.\n\n" +
	"The plant opened in 1948.\n"

// TestHeadlineFuture: a headline's "to close" is the future, so "has the
// plant closed" is not yet; the progressive "is the plant closing" asks
// an arranged act, not a state, and is answered yes (intention.go,
// statetocome.go).
func TestHeadlineFuture(t *testing.T) {
	e := engineOf(t, plantClosing)
	checkOpenings(t, e, []openingCase{
		{q: "has the plant closed", first: "Not yet"},
		{q: "is the plant closing", first: "Yes"},
	})
}

// dairyClosing is a short article written for this test and in no
// question set: the headline tells the closing, the body tells it in
// other words ("will shut down") under a future modal.
const dairyClosing = "Vermont dairy plant to close, cutting 140 jobs\n\n" +
	"ST. ALBANS, Vt. — Green Hills Dairy said Tuesday its St. Albans plant will shut down by the end of June.\n\n" +
	"The plant opened in 1948 and employs 140 people.\n"

// TestRestatedActNotYet: the act of "has the plant closed", held in other
// words by "will shut down" (otherwords.go), is read under that
// sentence's own modal: the question's own word matches none of the
// tokens, and the restated act is only intended (notyet.go,
// restatedAct).
func TestRestatedActNotYet(t *testing.T) {
	e := engineOf(t, dairyClosing)
	q := e.understand("has the plant closed", nil)
	w, ok := e.widened(q)
	if !ok {
		t.Fatal("no widened reading of the question")
	}
	c, ok := e.best(w, nil)
	if !ok {
		t.Fatal("no sentence for the widened reading")
	}
	s := &e.r.sents[c.s]
	act, ok := e.doneAsked(q)
	if !ok {
		t.Fatal("the question asks no done act")
	}
	if onlyIntended(s, c, act) {
		t.Errorf("the question's own word reads %q as intended; want it to match no token", s.text)
	}
	if !onlyIntended(s, c, restatedAct(q, s, c, act)) {
		t.Errorf("the restated act of %q is not read as intended", s.text)
	}
}
