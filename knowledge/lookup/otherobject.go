package lookup

import (
	"slices"
	"unicode"
)

// The asked act done to another thing (part of stage 5, who-questions).
// A transitive verb's object, or the object of the preposition it
// takes, completes the act (Quirk et al. 1985, §10.2 on the object,
// §16.5 on prepositional verbs): "found six more fragments" and "found
// the rock" are two acts, and who did one is not who did the other. So
// when the article tells the asked verb with the asked object in one
// sentence, a sentence that writes the verb with an object of its own,
// and nowhere the asked one, tells the doer of another act: "who found
// the other fragments" is not answered by "Tests led by Anita Deshpande
// found the rock is …" when "Searchers have since found at least six
// more fragments". An object WordNet files under the asked one, or the
// asked one under it ("flying the jet" for "the plane"), may be the same
// thing and is not counted.

// actOnOtherObject reports whether s writes the who-question's verb
// followed by a common noun for its object, while holding none of the
// words of the object the question asks about, which another sentence
// tells the act with.
func (e *Engine) actOnOtherObject(q *query, s *sentence) bool {
	obj, prep := e.askedObjectTerms(q)
	if len(obj) == 0 {
		return false
	}
	for _, t := range obj {
		if s.hasTerm(t) || !t.known && (len(t.alts) == 0 || t.weak) {
			return false // the object is there, or the article never writes it ("the no side")
		}
	}
	act, _ := e.askedActAt(q, s)
	if act < 0 {
		return false
	}
	noun, ok := e.commonObjectAfter(s, act, prep)
	if !ok || e.sameThingNoun(noun, obj[len(obj)-1].lower) {
		return false
	}
	return e.actToldWithObject(q, obj, s)
}

// actToldWithObject reports whether a sentence other than not holds the
// asked verb and every word of the asked object.
func (e *Engine) actToldWithObject(q *query, obj []term, not *sentence) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s == not || s.part != "" {
			continue
		}
		if act, _ := e.askedActAt(q, s); act >= 0 && !slices.ContainsFunc(obj, func(t term) bool { return !s.hasTerm(t) }) {
			return true
		}
	}
	return false
}

// sameThingNoun reports whether nouns a and b may name one thing: the
// same word, or one WordNet files under the other.
func (e *Engine) sameThingNoun(a, b string) bool {
	if stemsMeet(stemOf(a), stemOf(b)) || e.noLex {
		return true
	}
	la, lb := a, b
	if l := e.lex.Lemma(a); l != "" {
		la = l
	}
	if l := e.lex.Lemma(b); l != "" {
		lb = l
	}
	return e.lex.KindOf(la, lb) || e.lex.KindOf(lb, la) || slices.Contains(e.lex.Synonyms(lb), la)
}

// askedObjectTerms are the terms of a who-question after its verb, past
// one preposition or particle (returned as prep) and any determiners, up
// to the next preposition: the thing the act is done to ("for the
// lawsuit", "the other fragments").
func (e *Engine) askedObjectTerms(q *query) ([]term, string) {
	t, ok := e.askedAct(q)
	if !ok || !t.known {
		return nil, ""
	}
	return objectTermsAfter(q, t)
}

// objectTermsAfter are the terms of q after its verb t, past one
// preposition or particle (returned as prep) and any determiners, up to
// the next preposition.
func objectTermsAfter(q *query, t term) ([]term, string) {
	v := slices.IndexFunc(q.toks, func(tok token) bool { return tok.lower == t.lower || t.sameWord(tok) || t.ofVerb(tok) })
	if v < 0 {
		return nil, ""
	}
	var obj []term
	prep := ""
	for i := v + 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if prepositions[w] || spatialParticles[w] {
			if len(obj) > 0 || i > v+1 {
				break
			}
			prep = w // "paid for", "checked out"
			continue
		}
		if x, ok := q.termOf(w); ok && !t.ofVerb(q.toks[i]) {
			obj = append(obj, x)
		}
	}
	return obj, prep
}

// commonObjectAfter is the lower-case common noun the words after the
// verb at act in s reach, past the question's own preposition or
// particle, determiners, numbers and adjectives, with no comma between:
// an object of the verb's own. Another preposition ("winning in 2
// hours"), a pronoun or a name, which may be the asked thing by another
// word, is none.
func (e *Engine) commonObjectAfter(s *sentence, act int, prep string) (string, bool) {
	for k := act + 1; k < len(s.toks) && k <= act+5; k++ {
		if !spaced(s, k-1, k) {
			return "", false
		}
		tok := s.toks[k]
		w := tok.lower
		switch {
		case k == act+1 && prep != "" && w == prep:
			continue
		case tok.cap || objectPronouns[w] || prepositions[w] || spatialParticles[w] || w == "what" || w == "which" || w == "that":
			return "", false
		case determiners[w] || possessiveDeterminers[w] || w != "" && unicode.IsDigit(rune(w[0])) || numberWords[w] > 0:
			continue
		case e.canBe(w, "noun") && e.headEndsAt(s, k):
			return w, true // "found the rock", or the subject of the clause it takes ("found the rock is …")
		case e.canBe(w, "adj") || e.canBe(w, "noun"):
			continue // "public display", "course record": the head comes last
		default:
			return "", false
		}
	}
	return "", false
}

// headEndsAt reports whether the noun at k in s ends its noun phrase: the
// sentence or a comma follows, or a word that cannot be a noun, or a
// capitalised one (a name or a day as adjunct: "signed a bill
// Wednesday"), or one that opens a phrase or clause of its own (a
// preposition, a subordinator, "and", "or") or is a verb's auxiliary.
func (e *Engine) headEndsAt(s *sentence, k int) bool {
	if k+1 >= len(s.toks) || !spaced(s, k, k+1) {
		return true
	}
	n := s.toks[k+1].lower
	return !e.canBe(n, "noun") || s.toks[k+1].cap || prepositions[n] || subordinators[n] || n == "and" || n == "or" || auxiliaries[n] || beForms[n]
}

// yesOnOtherObject reports whether s, the sentence a yes/no question is
// answered from, writes the asked verb with a common-noun object of its
// own and does not hold the head of the asked object: "did she sign the
// rent cap" is not answered Yes by "She also signed a separate bill …",
// which tells the same verb done to another thing.
func (e *Engine) yesOnOtherObject(q *query, s *sentence) bool {
	verb, ok := e.yesNoAct(q)
	if !ok {
		return false
	}
	obj, prep := objectTermsAfter(q, verb)
	if len(obj) == 0 || s.hasTerm(obj[len(obj)-1]) {
		return false
	}
	for i := range s.toks {
		if verb.actAt(s.toks, i) && !s.toks[i].cap && !quotedAt(s, i) {
			noun, ok := e.commonObjectAfter(s, i, prep)
			return ok && !e.sameThingNoun(noun, obj[len(obj)-1].lower)
		}
	}
	return false
}
