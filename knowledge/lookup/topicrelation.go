package lookup

// A relation noun after the verb of saying is no speaker (part of stage
// 4, speech.go): in "what did X say about her office" or "what did X tell
// his lawyer", the speaker is the subject of the verb of saying, X, and
// what follows the verb is its topic (the object of "about") or its
// hearer (the indirect object of "tell"; Quirk et al., §10.7 and §16.31
// on the complementation of verbs of saying). So a relation noun there
// ("office", "lawyer", "daughter") must not be taken for one who speaks
// for X, as it is when it heads the subject ("what did her lawyer say").

// relationAfterSpeech reports whether relation noun t stands after the
// question's verb of saying, not in its subject, and the subject names
// someone in the article.
func (e *Engine) relationAfterSpeech(q *query, t term) bool {
	np := speakerTokens(q)
	if len(np) == 0 {
		return false
	}
	if xs, _ := e.entitiesIn(np); len(xs) == 0 {
		return false
	}
	for _, tok := range np {
		if tok.lower == t.lower {
			return false
		}
	}
	v := indexTok(q.toks, np[len(np)-1]) + 1
	if v >= len(q.toks) {
		return false
	}
	for _, tok := range q.toks[v+1:] {
		if tok.lower == t.lower {
			return true
		}
	}
	return false
}
