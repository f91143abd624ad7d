package lookup

// The question's object as the article's subject (part of stage 4, doer):
// many English verbs are used both with an agent for subject and the
// thing acted on for object ("Harlow runs the festival") and with that
// thing for subject and no object, in another sense ("the festival runs
// Friday through Sunday": lasts; "the show opened", "the bridge
// closed"), the causative and intransitive alternation (Levin 1993,
// "English Verb Classes and Alternations", §1.1.2; Quirk et al., "A
// Comprehensive Grammar", §16.19–16.20). "Who runs the festival" asks for
// the agent of the first; a sentence whose verb has the question's object
// for its own subject, before it, and no object after it tells the
// second, which has no agent: no one in it did the act asked, and no
// passage of it stands in for the doer.

// objectAsSubjectAt reports whether the who-question's verb t, read at
// token i of s (active, not passive), has the head of the question's
// object before it as its subject, with nothing between but the words of
// a verb phrase or a relative pronoun, at least one ("The festival,
// which was scheduled to run"), and not after it in its clause.
func (e *Engine) objectAsSubjectAt(q *query, t term, s *sentence, i int) bool {
	head, ok := askedObjectHead(q, t)
	if !ok || passiveAt(s.toks, i) {
		return false
	}
	for k := i + 1; k < len(s.toks) && s.toks[k].lower != ","; k++ {
		if s.toks[k].stem == head.stem {
			return false // "has run the festival": the transitive use
		}
	}
	for k := i - 1; k >= 0; k-- {
		w := s.toks[k]
		if w.stem == head.stem {
			return k < i-1 // right before the act it is a noun premodifier, no subject ("evacuation orders": Quirk et al., §17.104)
		}
		if w.cap || nounOpeners[w.lower] || personalPronouns[w.lower] || !stopWords[w.lower] && e.canBe(w.lower, "noun") && !e.canBe(w.lower, "verb") {
			return false // another subject between ("which Harlow has run")
		}
	}
	return false
}

// onlyIntransitive reports whether s holds the who-question's verb, and
// only with the question's object for its subject (objectAsSubjectAt).
func (e *Engine) onlyIntransitive(q *query, s *sentence) bool {
	return e.everyAskedAct(q, s, func(t term, i int) bool { return e.objectAsSubjectAt(q, t, s, i) })
}

// askedObjectHead is the last word of the question after its verb t, up
// to a preposition, when a central determiner follows the verb: the head
// of its object noun phrase ("runs the festival"), a term or a word of a
// name the question gives.
func askedObjectHead(q *query, t term) (token, bool) {
	var head token
	at := -1
	for i, tok := range q.toks {
		switch {
		case at < 0:
			if tok.lower == t.lower || t.ofVerb(tok) {
				at = i
			}
		case prepositions[tok.lower]:
			return head, head.lower != ""
		case i == at+1 && !nounOpeners[tok.lower]:
			return token{}, false // no determined object: "who runs", "who ran away"
		case !stopWords[tok.lower]:
			head = tok
		}
	}
	return head, head.lower != ""
}
