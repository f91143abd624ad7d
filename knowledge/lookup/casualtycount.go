package lookup

import "slices"

// Stage 4, numbers: a casualty figure counts people by their harm. News
// writing gives a toll as a count of the event nouns, "37 crashes and 12
// injuries", "three deaths", one per person harmed (AP Stylebook,
// "casualty figures": a casualty is a person killed or hurt), so "how many
// people were hurt" is answered by "12 injuries", the noun of the
// question's own act ("hurt" meets "injuries" as the article's word for
// it), though the figure counts no noun for a person.

// casualtiesCounted reports whether n counts the event noun of the
// question's act while the question counts people who underwent it: its
// counted noun matches a term of the question, no part of the counted
// phrase, that the people undergo.
func (e *Engine) casualtiesCounted(q *query, n quantity) bool {
	if n.kind != qCount || n.noun == "" || n.part || n.whole {
		return false
	}
	if kind, _ := e.countedKind(q); kind != "person" {
		return false
	}
	if !e.canBe(singular(n.noun), "noun") || e.canBe(n.noun, "verb") {
		return false // "Two died": a verb after the number, no noun it counts
	}
	noun := token{lower: n.noun, stem: n.unit}
	for i, t := range q.toks {
		k := slices.IndexFunc(q.terms, func(tm term) bool { return tm.lower == t.lower })
		if k < 0 || inFocus(q.focus, t.stem) || !e.undergoneAt(q, i) {
			continue
		}
		if q.terms[k].matches(noun) || slices.Contains(e.actVerbsOf(n.noun), e.baseVerb(t.lower)) {
			return true // "12 injuries"; "two deaths", the noun of "die" (causedcount.go)
		}
	}
	return false
}

// undergoneAt reports whether question token i is a verb its subject
// undergoes: a participle after a form of "be" or "get" ("were hurt",
// "got sick"), or a verb WordNet names the result of another's act ("died",
// which "kill" causes). "How many people work there" asks of doers, whom
// no count of events counts.
func (e *Engine) undergoneAt(q *query, i int) bool {
	w := q.toks[i].lower
	if !e.canBe(w, "verb") {
		return false
	}
	if i > 0 && (beForms[q.toks[i-1].lower] || getForms[q.toks[i-1].lower]) {
		return true
	}
	return len(e.lex.Causers(e.baseVerb(w))) > 0
}
