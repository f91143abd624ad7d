package lookup

import "slices"

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
	if !roleShaped || len(q.subjects) > 0 {
		return reply{}, false // "who is the ambassador to Russia", "Trump's spokeswoman": a relation to another
	}
	x, span := e.describedPerson(q.toks, q.nameToks)
	if x < 0 {
		return reply{}, false
	}
	for _, t := range q.terms {
		if !slices.ContainsFunc(span, func(k int) bool { return q.toks[k].lower == t.lower }) {
			return reply{}, false // "who's the chief who resigned": more than the description
		}
	}
	intro := e.introduction(x)
	head := span[len(span)-1]
	for _, k := range span {
		general := k == head && generalHumanNouns[q.toks[k].lower]
		if q.nameToks[k] || stopWords[q.toks[k].lower] || general {
			continue
		}
		within := intro
		if e.properAdjective(q.toks[k].lower) {
			// "the Russian president": a proper qualifier must be the
			// holder's own (see presupposes), not a word of the sentence
			// that names them ("sanctions against Russia")
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
