package lookup

import "slices"

// Hoped-for figures (part of stage 4). "The department had hoped to raise
// $20,000" tells the aim, not what was raised: verbs of hope, wish and
// intention are non-implicative (Karttunen, "Implicative Verbs", 1971),
// so the act of their to-infinitive may or may not have happened, and its
// figure answers "how much did they raise" only where nothing else does.
// A question that asks the aim itself ("how much did they hope to raise",
// "what was the goal") or asks of the future takes it as asked.

// hopeVerbs are the verbs of hope, wish and intention that take a
// to-infinitive (Quirk et al., §16.38), in the forms that tell a past or
// continuing aim.
var hopeVerbs = set("hoped", "hoping", "wanted", "wanting", "aimed", "aiming", "sought", "seeking",
	"intended", "intending", "planned", "planning", "wished")

// aimWords are the words with which a question asks the aim itself.
var aimWords = set("hope", "hoped", "hoping", "want", "wanted", "aim", "aimed", "goal", "goals",
	"target", "plan", "planned", "intend", "intended", "seek", "sought", "wish", "expect", "expected")

// hopedFigure reports whether figure n of s is the object of the
// to-infinitive of a verb of hope within the few words before it, in its
// clause ("had hoped to raise $20,000").
func hopedFigure(s *sentence, n quantity) bool {
	return inInfinitiveOf(s, n.tok, hopeVerbs, 6)
}

// inInfinitiveOf reports whether token at of s stands in the
// to-infinitive of one of verbs within the window words before it, in
// its clause: a "to", then one of the verbs, reading back.
func inInfinitiveOf(s *sentence, at int, verbs map[string]bool, window int) bool {
	to := false
	for k := at - 1; k >= 0 && k >= at-window && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		l := s.toks[k].lower
		to = to || l == "to"
		if to && verbs[l] {
			return true
		}
	}
	return false
}

// hopedWeight weighs a hoped-for figure: -2 when the question asks
// neither the aim nor of the future.
func hopedWeight(q *query, s *sentence, n quantity) float64 {
	if !hopedFigure(s, n) || asksFuture(q) || slices.ContainsFunc(q.toks, func(t token) bool { return aimWords[t.lower] }) {
		return 0
	}
	return -2
}

// withHedge is figure n with its phrase opened at the approximators
// before it ("more than $38,000"): they modify the numeral (Quirk et al.,
// §7.56), so they stand no farther from the verb than the figure does.
func withHedge(s *sentence, n quantity) quantity {
	for n.tok > 0 && approximators[s.toks[n.tok-1].lower] {
		n.tok--
	}
	return n
}
