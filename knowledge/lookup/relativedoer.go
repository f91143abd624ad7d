package lookup

import "storybot/knowledge"

// The doer a subject relative pronoun stands for (part of stage 4, the
// doer of the asked act). A relative pronoun that is the subject of its
// clause ("who", "which", "that") refers to its antecedent, the noun
// phrase it postmodifies (Quirk et al. 1985, §17.8-§17.10), so in
// "Salish Bay Holdings, a tribal investment company that will hold a
// minority stake" the one that will hold the stake is the company. When
// that noun phrase is itself an appositive set off by a comma after a
// name (§17.65), the name is the one it describes and the answer: not a
// person named nearer in another conjunct ("Marisol Benavides, a
// developer, and Salish Bay Holdings, …"). The nearest-person reading
// cannot find an organisation, which is why the rule is needed.

// maxAntecedentPhrase bounds the appositive noun phrase between the
// comma and the relative pronoun ("a tribal investment company" is 4).
const maxAntecedentPhrase = 6

// relativeDoer is the person or organisation the subject relative
// pronoun before the asked act in s refers to: named right before the
// pronoun ("Bay Holdings, which will hold"), or before the comma that
// opens an appositive noun phrase the pronoun follows ("Bay Holdings, a
// company that will hold"); -1 when the act's subject is no relative
// pronoun, or the antecedent is no such name.
func (e *Engine) relativeDoer(q *query, s *sentence) int {
	_, k := e.askedActAt(q, s)
	if k < 1 || !subjectRelatives[s.toks[k].lower] || quotedAt(s, k) {
		return -1
	}
	if x, _ := e.entitySpanEndingAt(s, k-1); x >= 0 {
		return e.actorOrNone(x)
	}
	for j := k - 1; j > datelineEnd(s) && k-j <= maxAntecedentPhrase && spaced(s, j, k); j-- {
		if !commaAfter(s, j-1) {
			continue
		}
		if !determiners[s.toks[j].lower] {
			return -1 // "…, said that": no noun phrase opens the appositive
		}
		x, start := e.entitySpanEndingAt(s, j-1)
		if x < 0 || prepObjectAt(s, start) {
			return -1
		}
		return e.actorOrNone(x)
	}
	return -1
}

// subjectRelatives are the relative pronouns that can be the subject of
// their clause (Quirk et al., §17.9; "whom" is objective only).
var subjectRelatives = set("who", "which", "that")

// actorOrNone is x when it names a person or an organisation, the kinds
// of entity that do acts; -1 otherwise (a place, an event).
func (e *Engine) actorOrNone(x int) int {
	if k := e.r.ents[x].kind; k == knowledge.Person || k == knowledge.Organisation {
		return x
	}
	return -1
}

// antecedentSubject is the subject across an appositive
// (appositiveSubject), else the antecedent of the subject relative
// pronoun (relativeDoer), but for one the question names; -1 when there
// is none.
func (e *Engine) antecedentSubject(q *query, s *sentence) int {
	if x := e.appositiveSubject(q, s); x >= 0 {
		return x
	}
	if x := e.relativeDoer(q, s); x >= 0 && !contains(q.subjects, x) {
		return x
	}
	return -1
}
