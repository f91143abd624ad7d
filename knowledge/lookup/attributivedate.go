package lookup

// Attributive dates (part of stage 4, for a when-question of a noun):
// news writing dates an event by setting its date before the event noun
// as a modifier, "the Jan. 14 crash", "the Oct. 3 fire", "the March 5
// vote" (the AP Stylebook, "dates": month and day written as a unit, used
// before a noun; Quirk et al., A Comprehensive Grammar, §17.108, a noun
// phrase or date premodifying a head noun). Such a date names when that
// very event happened, while a date elsewhere in a sentence that merely
// uses the noun, or its verb, may date something else: the telling
// ("the mayor announced Friday"), a later act, a decision.

// askedEventNoun is the term of the head noun of a when-question that
// asks only when an event took place: "when was the crash", "when did
// the fire happen" (Quirk et al., §11.14: subject-operator inversion
// puts the subject right after the operator), when the question names no
// entity. A question of another act done to the event ("when was the
// show called off") asks that act's own time, not the event's.
func askedEventNoun(q *query) (term, bool) {
	t := q.toks
	if len(q.subjects) > 0 || len(t) < 4 || t[0].lower != "when" || !auxiliaries[t[1].lower] && !beForms[t[1].lower] || !determiners[t[2].lower] {
		return term{}, false
	}
	if len(t) > 4 && !(len(t) == 5 && occurrenceVerbs[t[4].lower]) {
		return term{}, false
	}
	tm, ok := q.termOf(t[3].lower)
	return tm, ok && tm.known
}

// occurrenceVerbs say that an event took place, and nothing more: "when
// did the crash happen" asks what "when was the crash" asks (WordNet,
// the verb synset happen, occur, take place; its base forms).
var occurrenceVerbs = set("happen", "occur")

// attributiveDate reports whether a time span of s stands right before a
// word of noun term tm as its modifier: "the Jan. 14 crash".
func attributiveDate(s *sentence, tm term) bool {
	for _, sp := range s.times {
		if dateModifiesNoun(s, sp, tm) {
			return true
		}
	}
	return false
}

// dateModifiesNoun reports whether time span sp of s is followed, past one
// space, by a word of noun term tm outside quotation.
func dateModifiesNoun(s *sentence, sp []int, tm term) bool {
	for k, t := range s.toks {
		if t.start >= sp[1] {
			return t.start-sp[1] <= 1 && tm.matches(t) && !quotedAt(s, k)
		}
	}
	return false
}

// attributiveSpans keeps, of the time spans of s, those set before the
// noun a when-question asks ("the Jan. 14 crash ... the same night":
// Jan. 14), when there are any; all of them otherwise.
func attributiveSpans(q *query, s *sentence, spans [][]int) [][]int {
	tm, ok := askedEventNoun(q)
	if !ok {
		return spans
	}
	if kept := keepSpans(spans, func(sp []int) bool { return dateModifiesNoun(s, sp, tm) }); len(kept) > 0 {
		return kept
	}
	return spans
}

// attributiveDateFirst moves the candidates whose time modifies the asked
// event noun itself ahead of the others, each group in rank order.
func (e *Engine) attributiveDateFirst(q *query, cands []candidate) []candidate {
	tm, ok := askedEventNoun(q)
	if !ok {
		return cands
	}
	var dated, rest []candidate
	for _, c := range cands {
		if attributiveDate(&e.r.sents[c.s], tm) {
			dated = append(dated, c)
		} else {
			rest = append(rest, c)
		}
	}
	return append(dated, rest...)
}
