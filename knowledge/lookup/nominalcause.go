package lookup

import "slices"

// The cause of an act named by its noun (part of stage 4, reasons). "He
// decided to close after a new refrigeration system failed" tells the
// failure only as the cause of another act (actincause.go), so it gives
// no cause of the failure; news writing then often names the act again
// by its deverbal noun, as the subject of what gives its cause ("The
// refrigeration failure was caused by a compressor that burned out").
// English names an event by the nominalisation of its verb (Quirk et al.,
// A Comprehensive Grammar of the English Language, §17.51–17.54), and
// WordNet links the two as derivationally related forms (withWordFamily,
// eventnoun.go), so a why-question whose best sentence tells its act
// only as a cause also meets the act's word family, and a sentence
// that then holds the question and gives a cause of its own answers.

// nominalCause is the best candidate for q read with each word's family
// that holds it and states a cause of its own: not inside a clause of
// cause, and not as the agent of "caused by" (causedby.go).
func (e *Engine) nominalCause(q *query) (candidate, bool) {
	n := *q
	n.terms = slices.Clone(q.terms)
	e.withWordFamily(&n)
	if !slices.ContainsFunc(n.terms, func(t term) bool { return t.derived && len(t.alts) > 0 }) {
		return candidate{}, false
	}
	for _, c := range e.rank(&n, nil) {
		s := &e.r.sents[c.s]
		if !e.holds(&n, c) || !e.statesCauseOf(c) || actInCauseClause(s, c.matched) || toldAsCausedByAgent(s, c.matched) {
			continue
		}
		return c, true
	}
	return candidate{}, false
}
