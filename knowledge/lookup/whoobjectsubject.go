package lookup

import "strings"

// The doer is not the one acted on (part of stage 4, the person asked
// about). In "who did the widow sue" the wh-word is the object and "the
// widow" the subject (Quirk et al. 1985, §11.14, a wh-question on the
// object takes do-support or another operator before its subject); a
// subject and a non-reflexive object of one clause refer to different
// people (§6.23), so the person the subject describes is no answer. A
// sentence that tells her act without naming its object ("His widow, Elena
// Reyes, sued the company") names only her.

// personNotSubject is the person handler, less an answer that names the
// person a wh-object question's subject describes.
func (e *Engine) personNotSubject(q *query) (reply, bool) {
	r, ok := e.person(q)
	if ok && r.found && e.answersOwnSubject(q, r) {
		return reply{}, false
	}
	return r, ok
}

// answersOwnSubject reports whether r names the person the subject of the
// wh-object question q describes: "who", an operator other than a form of
// "be", then the description, past determiners only: the one person the
// article describes so, or the one it gives that role.
func (e *Engine) answersOwnSubject(q *query, r reply) bool {
	if len(q.toks) < 4 || q.toks[0].lower != "who" && q.toks[0].lower != "whom" {
		return false
	}
	if op := q.toks[1].lower; !auxiliaries[op] || beForms[op] {
		return false // "who was the widow", "who sued the widow"
	}
	k := 2
	for k < len(q.toks)-1 && determiners[q.toks[k].lower] {
		k++
	}
	x, span, _ := e.describedPerson(q.toks, q.nameToks)
	if len(span) == 0 || span[0] != k {
		x = -1
	}
	if x < 0 && e.personNoun(q.toks[k].lower) {
		x = e.soleRoleHolder(q.toks[k].lower) // "the widow sue": the verb read into the description
	}
	if x < 0 {
		return false
	}
	return strings.HasPrefix(r.head, e.a.Entities[x].Name)
}
