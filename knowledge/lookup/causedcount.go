package lookup

import "slices"

// A count of an act is told by the act that causes it (part of stage 2).
// "How many died" and "how many deaths" count the dead, and news writing
// reports them as the objects of the causing verb: "killing 12 people",
// "the quake killed 46" (AP Stylebook, "casualty figures"). WordNet's
// cause relation links the two verbs ("kill" causes "die"; Fellbaum 1998,
// ch. 3), and a causative verb entails its result (Levin 1993, §1.1.2.1),
// so the count of the causer's objects is the count asked. The counted
// word is then the act, not a noun the number must be of: the question
// reads as "how many were killed".

// causedCount makes a count question whose counted word is an act (a verb,
// or a noun WordNet derives from one: "deaths" of "die") meet the verbs
// the article writes that cause that act, and counts by the act instead
// of by the word: the focus is dropped, as in "how many were killed".
// It does nothing when the article writes no causer of the act.
func (e *Engine) causedCount(q *query) {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 {
		return
	}
	for k, t := range q.terms {
		if !stemsMeet(t.stem, q.focus[0]) && e.baseVerb(t.lower) != q.focus[0] {
			continue
		}
		var causers []string
		for _, v := range e.actVerbsOf(t.lower) {
			for _, c := range e.causersKnown(v) {
				if !slices.Contains(causers, c) {
					causers = append(causers, c)
				}
			}
		}
		if len(causers) == 0 {
			return
		}
		alts := slices.Clone(t.alts)
		for _, c := range causers {
			if !slices.Contains(alts, c) {
				alts = append(alts, c)
			}
		}
		q.terms[k].alts = alts
		q.terms[k].known, q.terms[k].weak = true, false
		q.focus = nil
		return
	}
}

// actVerbsOf is the verb a counted word names as an act: the word's own
// base when it can be a verb ("died"), else the verbs WordNet derives the
// noun from ("deaths" → die).
func (e *Engine) actVerbsOf(w string) []string {
	if e.canBe(w, "verb") {
		return []string{e.baseVerb(w)}
	}
	var out []string
	for _, r := range e.lex.Related(singular(w)) {
		if e.canBe(r, "verb") && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// causedActOfCounted makes the act of a count question that counts a noun
// ("how many people died") meet the article's verbs that cause it, beside
// the act's own word: news writing tells one toll by either verb ("Three
// people were killed …; two passengers … also died"), and a causative verb
// entails its result (Levin 1993, §1.1.2.1; WordNet's cause relation). A
// causer is not the word itself, so it counts as a synonym does.
func (e *Engine) causedActOfCounted(q *query) {
	if e.noLex || q.typ != tCount || len(q.focus) == 0 {
		return
	}
	for k, t := range q.terms {
		if !t.known || t.phrasal || inFocus(q.focus, t.stem) || q.determined(t) || !e.canBe(t.lower, "verb") {
			continue
		}
		causers := e.causersKnown(e.baseVerb(t.lower))
		if len(causers) == 0 {
			continue
		}
		alts := slices.Clone(t.alts)
		if len(alts) == 0 {
			alts = []string{t.stem}
		}
		for _, c := range causers {
			if !slices.Contains(alts, c) {
				alts = append(alts, c)
			}
		}
		q.terms[k].alts = alts
	}
}
