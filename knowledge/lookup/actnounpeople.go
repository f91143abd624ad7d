package lookup

import (
	"slices"
	"strings"
)

// The people who did an act counted by the act's noun (part of stage 4,
// how many). English tells an act by its verb or by the noun derived
// from it (Quirk et al. 1985, §17.51–17.54, deverbal nouns of action;
// WordNet's derivational links tie "signature" to "sign"), and news
// writing counts the people who did an act where each does it once by
// counting the acts: "A petition gathered 4,800 signatures" tells how
// many people signed it, as "drew 300 complaints" tells how many
// complained. So "how many people signed the petition" counts the
// article's "signatures" when the article counts no people, and no
// agent noun ("signers", agentpeople.go), of that verb. The verb's
// action noun is matched even where the article writes the verb itself
// elsewhere ("promised to sign a lease"): the derived noun tells the
// same act.

// actNounPeople narrows q, a "how many people" question with a verb, to
// count the verb's action noun when the article counts by that noun and
// counts no people in a sentence that tells the verb; q unchanged
// otherwise.
func (e *Engine) actNounPeople(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || !generalPersonStems[q.focus[0]] {
		return q
	}
	return e.actNounCount(q, func(t term) bool { return generalPersonStems[t.stem] || e.countsDoers(t) })
}

// actNounCount narrows q, a how-many question, to count the action noun
// of one of its known verbs (WordNet's derivationally related nouns the
// article counts by), skipping the verbs skip names; q unchanged when
// none has such a noun. Shared by actNounPeople and resultNounCount.
func (e *Engine) actNounCount(q *query, skip func(term) bool) *query {
	for i, t := range q.terms {
		if !t.known || t.weak || !e.canBe(t.lower, "verb") || skip(t) {
			continue
		}
		for _, r := range e.lex.Related(e.baseVerb(t.lower)) {
			st, ok := e.knownWord(r)
			if !ok || strings.Contains(r, " ") || st == t.stem || !e.canBe(r, "noun") || e.personNoun(r) || !e.countsUnit(st) {
				continue
			}
			w := *q
			w.terms = slices.Clone(q.terms)
			if !slices.Contains(w.terms[i].alts, st) {
				w.terms[i].alts = append(slices.Clip(w.terms[i].alts), st)
			}
			w.terms[i].derived = true
			w.focus = []string{st}
			return &w
		}
	}
	return q
}

// countsDoers reports whether a sentence that tells the act of t counts
// people: "37 people spoke" answers "how many people spoke" by itself.
func (e *Engine) countsDoers(t term) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !s.hasTerm(t) {
			continue
		}
		for _, n := range s.nums {
			if n.unit != "" && (generalPersonStems[n.unit] || e.personNoun(n.noun)) {
				return true
			}
		}
	}
	return false
}
