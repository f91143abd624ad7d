package lookup

import (
	"slices"

	"storybot/knowledge"
)

// "Who's the interim chief" asks who holds a description that no role
// the article gives in apposition holds ("Varga named Deputy Chief
// Lorraine Baca … as interim chief"): the question is the description
// alone, so its answer is the person the description resolves to, when
// that person's introduction holds every word of it. A word it leaves out
// would describe someone else, or no one.

// describedWho answers a role-shaped who-question (roleShaped) whose
// words are all one description of a person, with that person's name and
// the sentence that introduces them.
func (e *Engine) describedWho(q *query, roleShaped bool) (reply, bool) {
	if !roleShaped {
		return reply{}, false
	}
	x, span, clause := e.describedPerson(q.toks, q.nameToks)
	if x < 0 {
		return reply{}, false
	}
	whole := append(slices.Clone(clause), span...)
	if len(e.outsideDescription(q, clause)) > 0 {
		return reply{}, false // "the president of Russia", "Trump's spokeswoman": a relation to another
	}
	for _, t := range q.terms {
		if !slices.ContainsFunc(whole, func(k int) bool { return q.toks[k].lower == t.lower || compoundAt(q.toks, k, t) }) {
			return reply{}, false // "who's the chief at the rally": more than the description
		}
	}
	intro := e.introduction(x)
	head := span[len(span)-1]
	for _, k := range span {
		general := k == head && (generalHumanNouns[q.toks[k].lower] || !e.anyIntroduced(q.toks, k))
		if q.nameToks[k] || stopWords[q.toks[k].lower] || general {
			continue // "the fire official": no one is called an official, the modifier describes
		}
		if k != head && e.possessorOfHolder(q.toks, k, x) {
			continue // "the governor's spokesman": "her spokesman", of the governor (describedpossessor.go)
		}
		within := intro
		if w := q.toks[k].lower; demonymLike(w) && e.properAdjective(w) {
			// "the Russian president": a nationality must be the holder's
			// own (see presupposes), not a word of the sentence that
			// names them ("sanctions against Russia")
			within = append(slices.Clone(e.describedBy(x)), e.speaksFor(x)...)
		}
		if !e.introHolds(within, e.meaning(q.toks, k), k == head) {
			return reply{}, false // "the interim mayor" is not "Mayor Tom Pellegrino"
		}
	}
	s := e.firstNaming(x)
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
}

// anyIntroduced reports whether some person's introduction holds the head
// noun at question token k.
func (e *Engine) anyIntroduced(toks []token, k int) bool {
	tm := e.meaning(toks, k)
	for x, ent := range e.a.Entities {
		if ent.Kind == knowledge.Person && e.introHolds(e.introduction(x), tm, true) {
			return true
		}
	}
	return false
}

// compoundAt reports whether term t is the particle compound the question
// writes at token k and the next ("runner up" read as runner-up, see
// particleCompound).
func compoundAt(toks []token, k int, t term) bool {
	return k+1 < len(toks) && t.lower == toks[k].lower+"-"+toks[k+1].lower
}
