package lookup

import (
	"slices"
	"strings"
)

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
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || !generalPersonStems[q.focus[0]] {
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
	for i, t := range q.terms {
		if u := e.glossedAgentCounted(t); u != "" && !generalPersonStems[t.stem] {
			c := *q
			c.focus = []string{u}
			c.terms = slices.Clone(q.terms)
			c.terms[i].alts = append(slices.Clip(c.terms[i].alts), u) // the noun stands for the act it is defined by
			return &c                                                 // "how many people testified": "called 23 witnesses"
		}
	}
	return q
}

// personAgentGloss matches a WordNet definition of a noun for persons by
// what they do, after any domain label: "(law) a person who testifies
// under oath", "someone who sees an event and reports what happened",
// "a person who has been evacuated from a dangerous place". It captures
// the clause's verb, past any auxiliaries.
var personAgentGloss = lazyRE(`^(?:\([a-z ]+\) )?(?:a person|someone|somebody|one|a participant|an individual) (?:who|that) (?:(?:is|was|has|have|had|been) )*([a-z]+)`)

// glossedAgentCounted is the unit of a count in the article that names
// those who do verb t by its definition, not its suffix: WordNet defines
// "witness" as "a person who testifies under oath in a court of law", so
// "23 witnesses" counts the people who testified (the definition's act
// stands for the noun, as for agentgloss.go). "" when the article counts
// no such noun.
func (e *Engine) glossedAgentCounted(t term) string {
	if e.noLex || stopWords[t.lower] || !e.canBe(t.lower, "verb") {
		return ""
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if n.kind != qCount || n.unit == "" || n.end <= n.tok+1 || !stemsMeet(s.toks[n.end-1].stem, n.unit) {
				continue
			}
			noun := s.toks[n.end-1].lower // "23 witnesses": the noun as written; WordNet detaches its plural itself (morphy)
			if !e.personNoun(noun) {
				continue
			}
			for _, g := range e.lex.Glosses(noun, "noun") {
				if m := personAgentGloss.FindStringSubmatch(g); m != nil && stemsMeet(stemOf(m[1]), t.stem) {
					return n.unit
				}
			}
		}
	}
	return ""
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
