package lookup

import "slices"

// The act of a "how much" question (part of stage 5). With do-support or
// a modal, "how much" is the object or the measure of the verb that ends
// the question ("how much does the director earn", "how much will the
// closings save", "how much did revenue fall": Quirk et al. 1985, §11.14,
// wh-questions on the object and the adjunct, and §3.37, the
// do-construction), so the figure asked is the amount of that act. A
// sentence that names the question's subject but not the act gives
// another act's figure ("the cuts will save about $950,000, said Library
// Director Naomi Greer" is no answer to what the director earns). A
// light verb with no object of its own ("how much does she make") is the
// verb of earning (WordNet 3.0, make v. "earn on some commercial or
// business transaction; earn as salary or wages": "How much do you make
// a month?"), and when no verb of the article is its synonym, only the
// verb itself, in any form, states it.

// amountActAsked is the question word that ends a do-support or modal
// "how much" question as its verb ("how much does the mayor earn a
// year": earn), and its index; -1 when the question has another form,
// or a preposition or a determiner stands before the word ("how much did
// they pay for the land": the land, which is no act).
func (e *Engine) amountActAsked(q *query) int {
	if q.typ != tAmount || e.lex == nil {
		return -1
	}
	at := -1
	for i := 2; i < len(q.toks); i++ {
		if q.toks[i-2].lower == "how" && q.toks[i-1].lower == "much" {
			at = i
			break
		}
	}
	if at < 0 || !auxiliaries[q.toks[at].lower] || beForms[q.toks[at].lower] {
		return -1 // "how much is the budget": a copula, no act
	}
	last := -1
	for i := at + 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if prepositions[w] {
			return -1
		}
		if !stopWords[w] && !chatWords[w] && measureUnits[w] != "time" && w != "per" {
			last = i
		}
	}
	if last <= at+1 || determiners[q.toks[last-1].lower] || !e.canBe(q.toks[last].lower, "verb") {
		return -1
	}
	for i := last + 1; i < len(q.toks); i++ {
		if !singularDeterminers[q.toks[i].lower] && measureUnits[q.toks[i].lower] != "time" && q.toks[i].lower != "per" {
			return -1 // "how much did they raise it": an object after the verb
		}
	}
	return last
}

// lacksAmountAct reports whether s states no act of the "how much"
// question's verb: neither the verb's term (its forms and the article's
// synonyms of it) nor, for a light verb the query reads no term for,
// any form of that verb.
func (e *Engine) lacksAmountAct(q *query, s *sentence) bool {
	i := e.amountActAsked(q)
	if i < 0 {
		return false
	}
	v := q.toks[i]
	if at, ok := e.amountVerb(q, i); ok {
		return len(termAt(s, at)) == 0 // "how much does she make": the article's verb of earning
	}
	for _, t := range q.terms {
		if t.lower == v.lower || t.ofVerb(v) || t.stem == v.stem {
			return len(termAt(s, t)) == 0 && !phraseIn(s, t) && !e.namesActByNoun(s, v.lower)
		}
	}
	if !lightVerbs[v.lower] {
		return false // a word read otherwise (a phrasal verb's part, a measure verb)
	}
	base := e.baseVerb(v.lower)
	for _, tok := range s.toks {
		if e.baseVerb(tok.lower) == base {
			return false
		}
	}
	return true
}

// namesActByNoun reports whether s names verb w's act by a noun: its
// derived noun or a WordNet synonym in any sense ("a 15% decline in revenue" for
// "fall"). News writing states a change by its noun and the figure
// before it (Quirk et al., §17.51–17.54, nominalization).
func (e *Engine) namesActByNoun(s *sentence, w string) bool {
	base := e.baseVerb(w)
	names := append(e.lex.Related(base), e.lex.SynonymsInAnySense(base)...)
	for _, tok := range s.toks {
		if e.isNoun(tok) && slices.Contains(names, singular(tok.lower)) {
			return true
		}
	}
	return false
}
