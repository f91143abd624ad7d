package lookup

import (
	"slices"
	"strings"
)

// The one acted on is not the doer (part of stage 5, the decision). In
// "who repped the widow" the wh-word is the subject and "the widow" the
// object; a subject and a non-reflexive object of one clause refer to
// different people (Quirk et al. 1985, §6.23: only a reflexive pronoun
// refers back to the subject). When the article never uses the verb and
// the answer is sought from the rest of the question, the rest is only the
// object's description, and the person it describes is no answer: the
// sentence that introduces them ("His widow, Elena Reyes, sued …") tells
// who they are, not who acted on them. A copula ("who is the widow")
// equates the two, and is no such question.

// withoutUnknownReply answers q from the rest of its words when it holds
// words the article never uses, unless they are the act a why, when or
// where question takes for granted, the role a copular who-question asks
// for (unknownrole.go), or the answer is the one the question's object
// describes.
func (e *Engine) withoutUnknownReply(q *query, h handler) (reply, bool) {
	w, unused := e.withoutUnknown(q)
	if len(unused) == 0 || e.unsaidPremise(q, unused) || unknownRoleAsked(q, unused) {
		return reply{}, false
	}
	r, ok := h(e, w)
	if !ok || !r.found || e.answersOwnObject(q, r, unused) {
		return reply{}, false
	}
	r.unmatched = unused
	return r, true
}

// answersOwnObject reports whether r names, as the answer to the
// who-question q, the person q's object describes: the unknown word
// stands right after "who" as its verb, and the description right after
// the verb, past determiners only ("who repped the widow", not "who won
// on the women's side").
func (e *Engine) answersOwnObject(q *query, r reply, unused []string) bool {
	if q.typ != tPerson || !r.found {
		return false
	}
	verbAt := -1
	for i, t := range q.toks {
		if beForms[t.lower] {
			return false // "who is the widow": the copula equates them
		}
		if verbAt < 0 && (t.lower == "who" || t.lower == "whom") {
			verbAt = i + 1
		}
	}
	if verbAt < 0 || verbAt >= len(q.toks) || !slices.Contains(unused, q.toks[verbAt].lower) {
		return false
	}
	x, span, _ := e.describedPerson(q.toks, q.nameToks)
	if x < 0 || len(span) == 0 || span[0] <= verbAt {
		return false // the description is no object after the verb
	}
	for k := verbAt + 1; k < span[0]; k++ {
		if !determiners[q.toks[k].lower] {
			return false
		}
	}
	return strings.HasPrefix(r.head, e.a.Entities[x].Name)
}
