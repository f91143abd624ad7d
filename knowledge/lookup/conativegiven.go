package lookup

// Attempt asked, act told (part of stage 2, terms): "what did Kimble try
// to do to Esposito" asks for the act attempted, and the article may tell
// it with another verb of attempt or none ("Kimble moved to transfer her").
// In "try to do" the catenative verb of attempting or wishing governs the
// pro-verb "do", which stands for the predicate the answer supplies
// (Quirk et al. 1985, §3.49 on catenative verbs and §12.20-12.22 on the
// pro-form "do"); the catenative adds the attempt or the wish, not the
// content of the act. So, like the "without" of a privation
// (privativegiven.go), such a verb still ranks the sentence that writes it
// ("tried to punish the lieutenant") but no sentence must hold it, nor is the catenative the verb whose object
// "what" asks (whatobject.go). The
// verbs are the conative and volitional catenatives Quirk et al. list
// with a to-infinitive (§16.38): try, attempt, seek, want, hope.

// conativeVerbs are the forms of the catenatives of attempt and wish.
var conativeVerbs = set("try", "tries", "tried", "trying", "attempt", "attempts", "attempted",
	"attempting", "seek", "seeks", "sought", "seeking", "want", "wants", "wanted", "wanting",
	"hope", "hopes", "hoped", "hoping")

// conativeBeforeDo reports whether toks[i] is a conative catenative
// governing the pro-verb "do": "try to do". The question's "what" is then
// the object of "do", not of the catenative, so it asks for no object of
// the catenative either (whatobject.go).
func conativeBeforeDo(toks []token, i int) bool {
	return i+2 < len(toks) && conativeVerbs[toks[i].lower] && toks[i+1].lower == "to" && toks[i+2].lower == "do"
}

// lexicalVerbAsked reports whether toks[k], read as the verb of an
// object what-question, can be a verb and is not a catenative before the
// pro-verb "do" (whatobject.go).
func (e *Engine) lexicalVerbAsked(toks []token, k int) bool {
	return e.canBe(toks[k].lower, "verb") && !conativeBeforeDo(toks, k)
}

// conativeGiven marks a conative catenative right before "to do" ("try
// to do", "wanted to do") as given: it ranks, but coverage does not count
// it. Only when the question names an entity or another term the article
// writes: "what did they try to do" alone asks of nothing a sentence must
// hold.
func conativeGiven(q *query) []term {
	asked := map[string]bool{}
	for i := range q.toks {
		if conativeBeforeDo(q.toks, i) {
			asked[q.toks[i].lower] = true
		}
	}
	if len(asked) == 0 {
		return q.terms
	}
	out := make([]term, len(q.terms))
	anchored := len(q.subjects) > 0
	for i, t := range q.terms {
		if asked[t.lower] {
			t.given = true
		} else if t.known && !t.weak {
			anchored = true
		}
		out[i] = t
	}
	if !anchored {
		return q.terms
	}
	return out
}
