package lookup

import (
	"slices"
	"strings"
)

// Advised acts (part of stage 4, passages): "what should customers do",
// "what do owners need to do" ask for the act the report says someone
// ought to do. English states obligation and advice with the modals
// should, must and ought to and with the semi-modals need to and have to
// (Quirk et al. 1985, the modals of obligation and necessity), or reports it
// with a verb of advising or urging whose object does the act ("urged
// people to check"). The question's modal marks what is asked, not a word
// that any sentence holding its subject would do: "account numbers for
// 410,000 customers were exposed" holds "customers" but says nothing of
// what they should do.

// advisedActCue is a question asking what someone ought to do: "what
// should X do", "what must X do", "what do X need to do", "what are X
// supposed to do", with an optional closing "now", "next" or "about it".
var advisedActCue = lazyRE(`^what(?:\s+(?:should|must)\s+\S.*?|(?:'s|s| is| are| do| does)\s+\S.*?\s(?:need|needs|have|has|supposed|meant|ought|advised|told|urged)\s+to)\s+do(?:\s+(?:now|next|about (?:it|this|that)))?\s*[?!.]*$`)

// advisedAct answers a question about what someone ought to do with the
// best sentence that states an obligation or advice and holds the rest of
// the question; asked reports whether q asks that. A sentence that holds
// the rest without advice tells another act of the one asked about, so
// when none states advice nothing answers.
func (e *Engine) advisedAct(q *query) (c candidate, asked, ok bool) {
	if !advisedActCue.MatchString(strings.ToLower(strings.TrimSpace(q.raw))) {
		return candidate{}, false, false
	}
	n := *q
	n.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool {
		return lightVerbs[t.lower] || adviceModals[t.lower] || adviceVerbs[t.lower]
	})
	if len(n.terms) == 0 && len(n.subjects) == 0 {
		return candidate{}, false, false // "what should we do": no one named to advise
	}
	c, ok = e.best(&n, e.advises(&n))
	return c, true, ok
}

// adviceModals are the modals and semi-modals of obligation and advice
// (Quirk et al. 1985); "need" and "have" count only before "to".
var adviceModals = set("should", "must", "ought", "need", "needs", "have", "has", "supposed", "meant")

// adviceVerbs report advice to the verb's object ("urged owners to stop"),
// or to its subject in the passive ("owners are advised to stop"): the
// verbs of advising among the directive verbs (Quirk et al., §16.52).
var adviceVerbs = set("advise", "advised", "advises", "urge", "urged", "urges", "told", "tell",
	"tells", "encourage", "encouraged", "encourages", "recommend", "recommended", "recommends")

// advises returns a test of whether a sentence states an obligation or
// advice for the one q asks about: a modal of obligation, "need to" or
// "have to" with one of q's words or names among the three words before
// it (its subject: "Customers should stop"), or a verb of advising with
// one of them between it and "to" (its object: "urged parents to keep").
func (e *Engine) advises(q *query) func(*sentence) bool {
	return func(s *sentence) bool {
		for k, t := range s.toks {
			switch {
			case t.lower == "should" || t.lower == "must" || t.lower == "ought",
				adviceModals[t.lower] && k+1 < len(s.toks) && s.toks[k+1].lower == "to":
				if e.asksOfSpan(q, s, max(0, k-3), k) {
					return true
				}
			case adviceVerbs[t.lower]:
				for j := k + 1; j < min(len(s.toks), k+5); j++ {
					if s.toks[j].lower == "to" && e.asksOfSpan(q, s, k+1, j) {
						return true
					}
				}
			}
		}
		return false
	}
}

// asksOfSpan reports whether tokens [i, j) of s hold one of q's words or
// name one of its subjects.
func (e *Engine) asksOfSpan(q *query, s *sentence, i, j int) bool {
	for k := i; k < j; k++ {
		if slices.ContainsFunc(q.terms, func(t term) bool { return s.toks[k].meets(t.stem) }) {
			return true
		}
		if slices.ContainsFunc(q.subjects, func(x int) bool { return e.formAt(s, x, k) > 0 }) {
			return true
		}
	}
	return false
}
