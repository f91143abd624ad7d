package lookup

// Which-questions about a place (part of stage 4): "which state first
// passed rent control" and "which city was she mayor of" are read as
// where-questions, but they ask for an instance of the place noun, which
// need not follow a preposition of position: the subject of the act
// ("Oregon became the first state to pass"), or the object of a stranded
// preposition ("mayor of Eugene", Quirk et al., §9.6, §11.14). These
// readings are tried before the place phrases of the best sentences.

// whichPlace answers a which-question about a place noun with the object
// of its stranded preposition, or, when the place noun is the subject of
// the question's verb, with the places of that kind the best sentence
// names.
func (e *Engine) whichPlace(q *query) (reply, bool) {
	wq, noun, ok := e.asWhichPlace(q)
	if !ok {
		return reply{}, false
	}
	if r, ok := e.strandedGoal(wq, noun); ok {
		return r, true // "which city was she mayor of": "mayor of Eugene"
	}
	if !q.placeIsSubject() {
		return reply{}, false
	}
	if r, ok := e.which(wq); ok && r.found {
		return r, true // "which state first passed rent control": "Oregon became the first state to pass"
	}
	return reply{}, false
}

// placeNounRe finds the place noun after an opening "which" or "what".
var placeNounRe = lazyRE(`^(?:which|what) (city|town|place|state|country|county|venue|stadium)\b`)

// asWhichPlace is q read as a which-question about its place noun, or
// false when q opens with no "which" or "what" before one.
func (e *Engine) asWhichPlace(q *query) (*query, string, bool) {
	words := make([]string, len(q.toks))
	for i, t := range q.toks {
		words[i] = t.lower
	}
	rest := dropChat(words)
	if len(rest) < 2 {
		return nil, "", false
	}
	m := placeNounRe.FindStringSubmatch(rest[0] + " " + rest[1])
	if m == nil {
		return nil, "", false
	}
	sub := *q
	sub.typ, sub.focus = tWhich, []string{stemOf(m[1])}
	return &sub, m[1], true
}

// placeIsSubject reports whether the place noun after "which" or "what"
// is the subject of the question's verb: no do-support follows it, no
// preposition is stranded at the end, and an auxiliary after it is
// followed by no name or pronoun as another subject ("which state was the
// second to pass", not "what state did McCain visit", "which state was
// the crash in" or "which state is Salem in"): in a wh-question on an
// object the auxiliary comes before the subject (Quirk et al., §11.14).
func (q *query) placeIsSubject() bool {
	words := make([]string, len(q.toks))
	names := map[string]bool{}
	for i, t := range q.toks {
		words[i] = t.lower
		if q.nameToks[i] {
			names[t.lower] = true
		}
	}
	rest := dropChat(words)
	if len(rest) < 3 || doForms[rest[2]] || strandedPreposition(q) {
		return false
	}
	return !auxiliaries[rest[2]] || len(rest) > 3 && !names[rest[3]] && !personalPronouns[rest[3]]
}
