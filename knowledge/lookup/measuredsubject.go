package lookup

// "How long is the pipeline" asks a measure of the copula's subject, and
// a sentence states a measure of a physical thing only by naming it (in its own
// word or one the article uses for it) or by referring back to it with
// a pronoun or a demonstrative (Halliday and Hasan 1976, Cohesion in
// English, ch. 2, reference; Quirk et al., §6.14–6.18 on anaphoric
// pronouns and §6.40 on the demonstratives). A sentence that does
// neither — "The company spent two years negotiating", beside a
// sentence that mentions a pipe — gives the measure of something else,
// however near it stands to the thing asked. An event is different: a
// verb can tell it without its noun ("rain halted play for 1 hour" is
// the rain delay), so only a noun WordNet files under physical object,
// in any sense, is held to this.

// backReferents are the pronouns and demonstratives by which a sentence
// refers back to a thing named before it (Quirk et al., §6.14–6.18,
// §6.40).
var backReferents = set("it", "its", "they", "them", "their", "this", "these", "that", "those", "which")

// measuredSubjectUnheld reports whether q asks "how long is THE NOUN"
// of a noun with a physical-object sense and no more (no state or act after the subject), and s neither holds
// the noun asked, as a term matches it, nor a word that may refer back
// to it.
func (e *Engine) measuredSubjectUnheld(q *query, s *sentence) bool {
	head, at, ok := e.lengthSubject(q)
	if !ok || head == "" || at < len(q.toks) {
		return false // "how long was the highway closed": a state, whose sentence may name its subject otherwise
	}
	if !e.lex.KindOf(head, "object") {
		return false // "how long was the rain delay": an event, which a verb tells ("rain halted play for 1 hour")
	}
	k := -1
	for i, t := range q.terms {
		if singular(t.lower) == head {
			k = i
		}
	}
	if k < 0 {
		return false
	}
	for _, tok := range s.toks {
		if q.terms[k].matches(tok) || backReferents[tok.lower] {
			return false
		}
	}
	return true
}
