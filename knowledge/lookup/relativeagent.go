package lookup

// The agent of a reduced passive relative (part of stage 4, who did it):
// a past participle right after a noun and right before "by" ("a camera
// built by students", "samples collected by the rover") is a
// postmodifying -ed clause, the reduced form of "which was built by"
// (Quirk et al. 1985, §17.29): the noun before it is what the act was
// done to, and the by-phrase its agent (§3.67). So the agent answers who
// did the act to that noun, and to no other thing the sentence names
// ("who built the radar" of "a radar … and a camera built by students").

// relativeParticipleAt reports whether the question's act at token i of
// s is the participle of a reduced passive relative: a lower-case noun
// right before it and "by" right after, with no punctuation between.
func (e *Engine) relativeParticipleAt(s *sentence, i int) bool {
	if i == 0 || i+1 >= len(s.toks) || s.toks[i+1].lower != "by" {
		return false
	}
	if punctuatedBetween(s.text, s.toks, i) || punctuatedBetween(s.text, s.toks, i+1) {
		return false
	}
	n := s.toks[i-1]
	return !n.cap && !stopWords[n.lower] && !auxiliaries[n.lower] && e.canBe(singular(n.lower), "noun")
}

// askedOf reports whether the head of the question's object of t, when
// it has one, is the noun token n: the noun a reduced relative
// postmodifies is the act's object.
func (e *Engine) askedOf(q *query, t term, n token) bool {
	obj := e.objectOf(q, t)
	return len(obj) == 0 || obj[len(obj)-1].matches(n)
}

// actOnOtherOnly reports whether s tells the question's act only in
// reduced passive relatives postmodifying another noun than the
// question's object ("a camera built by students" for "who built the
// radar"): then s names no doer of the act asked, and is no passage to
// answer with.
func (e *Engine) actOnOtherOnly(q *query, s *sentence) bool {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return false
	}
	other := false
	for i, tok := range s.toks {
		if !t.matches(tok) || tok.cap || quotedAt(s, i) {
			continue
		}
		if !e.relativeParticipleAt(s, i) || e.askedOf(q, t, s.toks[i-1]) || e.ofHeadAsked(q, t, s, i) {
			return false
		}
		other = true
	}
	return other
}
