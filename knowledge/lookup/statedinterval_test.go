package lookup

import "testing"

// TestStatedInterval checks that "how long after A did B" is answered by
// the span the article puts before its own "after", and only in the
// order asked.
func TestStatedInterval(t *testing.T) {
	e := engineOf(t, kayakRace)
	checkAnswers(t, e, []answerCase{
		{"how long after she capsized did she finish", []string{"Hours after she capsized in a rapid below Holt Falls."}, nil},
		{"how long after she started capsizing did she finish", []string{"Hours after she capsized"}, nil},
	})
	q := e.understand("how long after she finished did she capsize", nil)
	if r, ok := e.statedInterval(q); ok {
		t.Errorf("the article orders them the other way, got %q", r.head)
	}
}

// TestMeasureBefore checks the measure phrase read before a connective.
func TestMeasureBefore(t *testing.T) {
	e := engineOf(t, "Dam repaired\n\nOSLO, Minn. (AP) — Crews closed the dam about six hours after the levee failed. Crews left after the rain stopped.\n")
	s := &e.r.sents[len(e.r.sents)-2]
	if from := measureBefore(s, tokenAt(s, "after")); from < 0 || s.toks[from].lower != "about" {
		t.Errorf("measured after: got %d", from)
	}
	s = &e.r.sents[len(e.r.sents)-1]
	if from := measureBefore(s, tokenAt(s, "after")); from >= 0 {
		t.Errorf("unmeasured after: got %d", from)
	}
}

// TestWithoutAspectual checks that an aspectual catenative before the
// event's verb is dropped, and kept when it is the event itself.
func TestWithoutAspectual(t *testing.T) {
	e := engineOf(t, kayakRace)
	q := e.understand("the crew started pumping water", nil)
	e.withoutAspectual(q)
	for _, tm := range q.terms {
		if tm.lower == "started" {
			t.Errorf("started kept in %q", q.raw)
		}
	}
	q = e.understand("the rain starting", nil)
	n := len(q.terms)
	e.withoutAspectual(q)
	if len(q.terms) != n {
		t.Errorf("the event's own verb dropped from %q", q.raw)
	}
}
