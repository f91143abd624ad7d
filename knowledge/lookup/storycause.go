package lookup

// The story's cause told by a bare "cause" (part of stage 4, reasons).
// A disaster or crime story says what is known of its event's cause in
// a sentence of its own, often that none is known yet: "Investigators
// have not determined a cause", "The cause is under investigation" (AP
// Stylebook, on telling a cause only as officials give it). "Cause" is a
// relational noun; with no of-phrase its complement is understood from
// the text, the story's event (Quirk et al. 1985, §12.7 on ellipsis of a
// noun's complement understood from context; Halliday and Hasan 1976,
// §2.4 on reference back), so such a sentence answers "what caused the
// fire" asked of the story's own fire when the sentences that name the
// fire give no cause. Only a question whose every word the headline or
// lead holds asks of the story's own event, and only an article with
// one such sentence tells which.

// storyCause is the one body sentence whose noun "cause" stands without
// an of-phrase naming another thing, when q asks of the story's own
// event; nil otherwise.
func (e *Engine) storyCause(q *query) *sentence {
	if len(q.terms) == 0 {
		return nil
	}
	for _, t := range q.terms {
		if !e.leadTells(t.lower) {
			return nil
		}
	}
	var found *sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" || !bareCause(s) {
			continue
		}
		if found != nil {
			return nil // two: which is the event's the words do not say
		}
		found = s
	}
	return found
}

// bareCause reports whether s holds the noun "cause", unquoted, with no
// of-phrase after it or one whose noun phrase refers back ("the cause of
// the fire").
func bareCause(s *sentence) bool {
	for k, t := range s.toks {
		if t.lower != "cause" || s.quoted[k] || !causeNounAt(s, k) {
			continue
		}
		if k+1 >= len(s.toks) || s.toks[k+1].lower != "of" || k+2 < len(s.toks) && anaphoricDeterminers[s.toks[k+2].lower] {
			return true
		}
	}
	return false
}
