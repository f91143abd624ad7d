package lookup

import "strings"

// agentCount widens q, a "how many" question that counts no noun ("how
// many bid", "how many ran it"), so that each verb of it also meets the
// article's agent noun of that verb: "Seven bidders competed", "the 386
// runners who started". A "how many" question without a noun counts
// those who did its verb, and an agent noun in -er or -or names exactly
// the ones who do the verb it is derived from (Quirk et al. 1985, App.
// I.34, agentive suffixes; WordNet's derivational links tie "bidder" to
// "bid"), so a number counting the agent noun counts them. Only a person
// noun the article uses is added (agentNounAlts, as agentNouns does for
// "how much").
//
// "How many" determines a plural count noun (Quirk et al. 1985, §5.23:
// "many" goes with plural count nouns), so a word after it that is not
// plural and can be a verb ("how many bid", "how many ran") is the verb
// of those counted, not the thing counted; when its agent noun is in
// the article, the question counts no noun. A noun for persons
// ("people", "staff", "crew") is what is counted, never read as a verb.
func (e *Engine) agentCount(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) > 1 {
		return q
	}
	if len(q.focus) == 1 && !e.verbAsFocus(q) {
		return q
	}
	w := e.agentNounAlts(q)
	if len(w.focus) == 0 || !e.agentAltOf(w, w.focus[0]) {
		return w
	}
	c := *w
	c.focus = nil
	return &c
}

// verbAsFocus reports whether q's one focus word is written as a word
// that is not plural, can be a verb and is no noun for persons: "bid",
// "ran" after "how many", not "people".
func (e *Engine) verbAsFocus(q *query) bool {
	t, ok := focusTerm(q, q.focus[0])
	return ok && e.canBe(t.lower, "verb") && singular(t.lower) == t.lower && !e.personNoun(t.lower)
}

// focusTerm is the term of q written or stemmed as f.
func focusTerm(q *query, f string) (term, bool) {
	for _, t := range q.terms {
		if t.lower == f || t.stem == f {
			return t, true
		}
	}
	return term{}, false
}

// agentAltOf reports whether the term of q written as f meets a person
// noun in -er or -or: the agent noun of the verb f.
func (e *Engine) agentAltOf(q *query, f string) bool {
	t, ok := focusTerm(q, f)
	if !ok {
		return false
	}
	for _, a := range t.alts {
		if (strings.HasSuffix(a, "er") || strings.HasSuffix(a, "or")) && e.personNoun(a) {
			return true
		}
	}
	return false
}
