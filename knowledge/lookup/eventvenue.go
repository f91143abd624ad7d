package lookup

// The place of the story's event asked by its noun (part of stage 4,
// places). "Where was the game" of a match report, "where was the
// hearing" of a court story: a definite noun phrase whose head names an
// event, with nothing to restrict it, refers to the event the story is
// about (Quirk et al. 1985, §5.28-5.33 on the situational and anaphoric
// uses of "the"), and the article writes it so itself ("coached the rest
// of the game"). When no sentence holding the question gives a place of
// its own, that event's place is the main actors' venue (venue.go) or,
// failing one, the lead's dateline, where AP sets the story's news
// (datelineplace.go).

// storyEventVenue answers a where-question whose every term is a noun
// WordNet files under "event" in a common sense, written in the article
// after "the" and asked right after "the", with no modifier ("the next
// game" is another), when a sentence held the question but none gave a
// place (common).
func (e *Engine) storyEventVenue(q *query, held, common bool) (reply, bool) {
	if !held || common || e.noLex || len(q.subjects) > 0 || len(q.terms) == 0 {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !e.lex.KindOf(t.lower, "event") || !e.writesDefinite(t.stem) || !bareDefiniteIn(q.toks, t.lower) {
			return reply{}, false
		}
	}
	if r, ok := e.venue(); ok {
		return r, true
	}
	if s := e.leadSentence(); s != nil {
		if ph := datelinePlace(s); ph != "" {
			return placeReply(ph, s), true
		}
	}
	return reply{}, false
}

// writesDefinite reports whether a body sentence writes a noun of the
// given stem right after "the".
func (e *Engine) writesDefinite(stem string) bool {
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.part == "" && afterThe(s.toks, func(t token) bool { return t.stem == stem }) {
			return true
		}
	}
	return false
}

// bareDefiniteIn reports whether the question writes word right after
// "the".
func bareDefiniteIn(toks []token, word string) bool {
	return afterThe(toks, func(t token) bool { return t.lower == word })
}

// afterThe reports whether a token that is want stands right after "the".
func afterThe(toks []token, want func(token) bool) bool {
	for k := 1; k < len(toks); k++ {
		if want(toks[k]) && toks[k-1].lower == "the" {
			return true
		}
	}
	return false
}
