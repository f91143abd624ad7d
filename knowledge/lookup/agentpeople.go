package lookup

import "strings"

// agentPeople narrows q, a "how many people" question with a verb ("how
// many people bid on it", "how many people ran"), to count the agent
// noun of that verb when the article counts by it: "Seven bidders
// competed", not "About 240 people attended". "People" and "person" name
// any human being (WordNet 3.0, person.n.01, the root of the nouns for
// persons), so "how many people bid" counts the people who bid, and an
// agent noun in -er or -or names exactly those who do the verb it is
// derived from (Quirk et al. 1985, App. I.34, agentive suffixes;
// WordNet's derivational links tie "bidder" to "bid"). A number whose
// unit is the agent noun counts them; a count of "people" counts anyone.
// The focus is left alone when the article counts no agent noun.
func (e *Engine) agentPeople(q *query) *query {
	if e.lex == nil || q.typ != tCount || len(q.focus) != 1 || !generalPersonStems[q.focus[0]] {
		return q
	}
	w := e.agentNounAlts(q)
	for _, t := range w.terms {
		if generalPersonStems[t.stem] {
			continue
		}
		for _, a := range t.alts {
			if (strings.HasSuffix(a, "er") || strings.HasSuffix(a, "or")) && e.personNoun(a) && e.countsUnit(a) {
				c := *w
				c.focus = []string{a}
				return &c
			}
		}
	}
	return q
}

// generalPersonStems are the stems of the nouns that name any human
// being: the lemmas of WordNet 3.0's person.n.01 that are plain nouns
// ("person", "individual"), with "people", the plural in use.
var generalPersonStems = map[string]bool{
	stemOf("people"): true, stemOf("person"): true, stemOf("persons"): true, stemOf("individuals"): true,
}

// countsUnit reports whether some number of the article counts the noun
// of stem u: "Seven bidders".
func (e *Engine) countsUnit(u string) bool {
	for i := range e.r.sents {
		for _, n := range e.r.sents[i].nums {
			if n.unit != "" && stemsMeet(n.unit, u) {
				return true
			}
		}
	}
	return false
}
