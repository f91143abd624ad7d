package lookup

// A maker the article never names (part of stage 5, the decision). With
// an eventive object "make" is delexical ("make a call", "make a
// decision"; Quirk et al. 1985 on the eventive object, as decide.go's
// delexicalVerbs), but with the name of a made thing as its object it is
// the full verb of creation (WordNet, make verb sense "create or
// manufacture a man-made product"), the predicate a who- or
// which-question takes for granted (Quirk et al., §11.14: a wh-question
// presupposes the rest of its clause). "What company makes the panels"
// asks who made them; when the article uses no form of "make", no
// sentence tells the making, and the company that installs them is no
// answer.

// Only a which-question is read so: "who made the quilt" asks a work's
// author, whom an article names without the verb ("a quilt by Grace
// Marlow"), and "who made the call" takes "make" with an eventive
// object; a which-question names the kind of maker it asks for
// ("what company", "which firm"), the manufacturer of a product.

// unsaidMaking reports whether which-question q asks which one made an
// artifact (a WordNet kind of "artifact": a device, a building, a part)
// with a form of "make" the article never uses.
func (e *Engine) unsaidMaking(q *query) bool {
	if e.noLex || q.typ != tWhich {
		return false
	}
	for i, t := range q.toks {
		if !makeForms[t.lower] || !e.unknownTerm(q, t.lower) {
			continue
		}
		k := i + 1
		for k < len(q.toks) && (determiners[q.toks[k].lower] || possessiveDeterminers[q.toks[k].lower]) {
			k++
		}
		if k < len(q.toks) && e.lex.KindOf(singular(q.toks[k].lower), "artifact") && !e.lex.KindOf(singular(q.toks[k].lower), "act") {
			return true
		}
	}
	return false
}

// unknownTerm reports whether w is a term of q the article never uses.
func (e *Engine) unknownTerm(q *query, w string) bool {
	for _, t := range q.terms {
		if t.lower == w {
			return !t.known
		}
	}
	return false
}
