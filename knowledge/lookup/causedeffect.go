package lookup

// A verb of causing in the active voice puts the cause in its subject and
// the effect in its object ("The fire … caused the building's roof to
// collapse"; Quirk et al., §16.52–16.53 on causative complementation). A
// sentence that holds the event a why-question asks about only before such
// a verb tells what the event caused, not why it happened: it gives no
// cause of the event. In the passive the order turns ("the crack was
// caused by years of road salt"), and the sentence does give one.

// causativeVerbs are the verbs of causing and enabling among causeWords.
var causativeVerbs = set("cause", "caused", "causing", "triggered", "led", "prompted", "prompting",
	"allow", "allows", "allowed", "enables", "enabled")

// statesCauseOf reports whether the sentence of candidate c gives a cause
// of what the question asks about: it states a cause, and not only as an
// active verb of causing whose object lies past every word the question
// matched.
func (e *Engine) statesCauseOf(c candidate) bool {
	s := &e.r.sents[c.s]
	return e.givesCause(s) && !tellsOnlyEffect(s, c.matched)
}

// tellsOnlyEffect reports whether every word of cause in s is an active
// verb of causing with all the matched tokens before it, and some matched
// word other than a word of cause among them.
func tellsOnlyEffect(s *sentence, matched []int) bool {
	if len(matched) == 0 || endedWhen.MatchString(s.text) || givesReasonClause(s) {
		return false
	}
	effect := false
	for i, t := range s.toks {
		if !causeWords[t.lower] {
			continue
		}
		if !(causativeVerbs[t.lower] || toBlameAt(s, i)) || causeNounAt(s, i) || i > 0 && beForms[s.toks[i-1].lower] || i+1 < len(s.toks) && s.toks[i+1].lower == "by" {
			return false
		}
		before := false
		for _, m := range matched {
			if m > i {
				return false
			}
			before = before || m < i && !causeWords[s.toks[m].lower]
		}
		if !before {
			return false // only the verb itself matched ("what caused …" of "an update caused servers to restart"): its subject is a cause
		}
		effect = true
	}
	return effect
}
