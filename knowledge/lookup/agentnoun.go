package lookup

import (
	"slices"
	"strings"
)

// agentNouns widens q, a "how much" question that names no noun, so that
// each verb of it also meets the article's agent noun of that verb:
// "how much did Raman win" meets "the winner's check of $142,000". An
// agent noun in -er or -or names the one who does its verb (Quirk et
// al., App. I.34, agentive suffixes; WordNet's derivational links tie
// "winner" to "win"), so a sum that is the winner's is what the one who
// won won. Only a person noun the article uses is added.
func (e *Engine) agentNouns(q *query) *query {
	if e.noLex || q.typ != tAmount || len(q.focus) > 0 {
		return q
	}
	return e.agentNounAlts(q)
}

// agentNounAlts is q with each verb term also meeting the article's
// person agent noun in -er or -or of that verb (agentNouns).
func (e *Engine) agentNounAlts(q *query) *query {
	terms := slices.Clone(q.terms)
	changed := false
	for i, t := range terms {
		if !t.known || t.weak || !e.canBe(t.lower, "verb") {
			continue
		}
		for _, r := range e.personAgentNouns(e.baseVerb(t.lower)) {
			if st, ok := e.knownWord(r); ok && !slices.Contains(terms[i].alts, st) {
				terms[i].alts = append(slices.Clip(terms[i].alts), st)
				changed = true
			}
		}
	}
	if !changed {
		return q
	}
	w := *q
	w.terms = terms
	return &w
}

// personAgentNouns are the person nouns in -er or -or that WordNet
// derives from verb v ("win": winner).
func (e *Engine) personAgentNouns(v string) []string {
	var out []string
	for _, r := range e.lex.Related(v) {
		if (strings.HasSuffix(r, "er") || strings.HasSuffix(r, "or")) && !strings.Contains(r, "_") && e.personNoun(r) {
			out = append(out, r)
		}
	}
	return out
}
