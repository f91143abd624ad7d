package lookup

import "strings"

// "As" as a subordinator of reason (part of stage 4, reasons). "As" opens
// clauses of time, manner, comparison and reason (Quirk et al. 1985,
// §15.45 and §14.14 on the causal "as"), and business and weather copy
// gives a change with its cause so: "its profit fell 22% as shoppers
// bought fewer of its snacks", "prices rose as supplies tightened". A
// clause after "as" with a subject and a finite past verb of its own,
// after a clause that tells a change, is read as the reason; "as" before
// a noun phrase alone ("as chairman", "such as", "as much as") or in a
// comparison is not.

// asNotClause are the words after "as" that open no clause of reason:
// "as well", "as of", "as part of", "as a result" (resultconjunct.go),
// "as if", "as though".
var asNotClause = set("well", "of", "part", "if", "though", "long", "soon", "much", "many", "far", "a", "an", "the")

// causalAsAt reports whether token i of s is a causal "as": not in a
// comparison ("as much as", "such as", "the same as"), and followed by a
// subject and, within six words and no punctuation, a past-tense verb.
func (e *Engine) causalAsAt(s *sentence, i int) bool {
	if s.toks[i].lower != "as" || i+2 >= len(s.toks) || asNotClause[s.toks[i+1].lower] || i == 0 {
		return false
	}
	for k := max(0, i-3); k < i; k++ {
		if w := s.toks[k].lower; w == "as" || w == "such" || w == "same" || w == "so" {
			return false // a comparison's second term
		}
	}
	for k := i + 2; k < len(s.toks) && k <= i+6; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return false
		}
		if w := s.toks[k].lower; strings.HasSuffix(w, "ed") && len(w) > 4 || e.irregularVerbForm(w) {
			return true // "as shoppers bought", "as supplies tightened"
		}
	}
	return false
}
