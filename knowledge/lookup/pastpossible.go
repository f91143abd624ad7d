package lookup

// Past acts and possible ones (part of stage 5): "when did the fire
// start" and "what started the fire" ask about an act that happened, and
// "lightning could start new fires" tells only a possibility. A modal of
// possibility presents the act as possible, not as fact (Quirk et al., A
// Comprehensive Grammar, §4.49–4.58 on epistemic "may", "might" and
// "could"), so a sentence telling the asked verb only under one does not
// answer a question in the past tense; possibility.go does the same for
// yes/no questions.

// pastQuestionAux are the auxiliaries that put a question in the past
// tense (Quirk et al. §3.21–3.36: the past forms of the primary verbs
// "do", "be" and "have").
var pastQuestionAux = set("did", "was", "were", "had")

// pastAskedVerb is the word of a wh-question asking of a past act that
// names the act: the participle after "was", "were" or "had" ("how many
// homes were destroyed"), the verb after "did" and its subject ("when did
// the fire start": the first word that can be a verb and follows no
// determiner), or a past verb right after "what" or "who" as its subject
// ("what started the fire"). It is "" when the question has a modal
// (asksFact) or names no such act ("where was her rally").
func (e *Engine) pastAskedVerb(q *query) string {
	if !q.asksFact() || e.noLex {
		return ""
	}
	for i, t := range q.toks {
		if i > 0 && (q.toks[i-1].lower == "what" || q.toks[i-1].lower == "who") && e.pastForm(t.lower) {
			return t.lower
		}
		if !pastQuestionAux[t.lower] {
			continue
		}
		for k := i + 1; k < len(q.toks); k++ {
			w := q.toks[k].lower
			switch {
			case t.lower != "did" && e.pastForm(w):
				return w
			case t.lower == "did" && !determiners[q.toks[k-1].lower] && k > i+1 && e.canBe(w, "verb"):
				return w
			}
		}
		return ""
	}
	return ""
}

// possibleOnlyForPast reports whether s tells the act a past-tense
// wh-question asks about only as a possibility: every match of the asked
// verb stands under "may", "might" or "could" ("could start new fires")
// or is the to-infinitive of a verb of aim ("hopes to begin", aimedAt).
func (e *Engine) possibleOnlyForPast(q *query, s *sentence) bool {
	if q.typ == tYesNo || !holdsModalOfPossibility(s) && !holdsAim(s) {
		return false
	}
	v := e.pastAskedVerb(q)
	if v == "" {
		return false
	}
	for _, t := range q.terms {
		if t.lower != v {
			continue
		}
		ms := termAt(s, t)
		hedged := len(ms) > 0
		for _, m := range ms {
			hedged = hedged && (possibleAt(s, m) || aimedAt(s, m))
		}
		return hedged
	}
	return false
}

// holdsModalOfPossibility reports whether s holds "may", "might" or
// "could" at all: the cheap test before the question is read.
func holdsModalOfPossibility(s *sentence) bool {
	for _, t := range s.toks {
		if possibilityModals[t.lower] {
			return true
		}
	}
	return false
}
