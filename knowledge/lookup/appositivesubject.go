package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The subject before an appositive (part of stage 4, who-questions): news
// copy puts a nonrestrictive appositive or relative clause, set off by
// commas, between a name and its verb ("Nora Quist, a middle school
// science teacher who had never held elected office, defeated two-term
// Mayor Dennis Farrow"; Quirk et al., §17.65 and §17.22 on
// nonrestrictive postmodification; AP Stylebook, "comma": "essential and
// nonessential clauses"). The appositive describes the subject and is no
// part of the clause's structure, so the subject of the verb is the name
// before its opening comma, not the name nearest the verb.

// maxAppositive bounds how many tokens an appositive may span: AP's
// appositives are a phrase or a clause ("a middle school science teacher
// who had never held elected office" is 11).
const maxAppositive = 20

// appositiveSubject is the entity the question's act has for its subject
// in s across an appositive: the asked verb right after a comma (past
// auxiliaries and adverbs), and a name ending right before an earlier
// comma that opens the appositive. -1 when there is none, or when the
// question names that entity itself. The comma of a dateline ("BRENHAM,
// Ore. (AP) —") opens no appositive: the dateline stands before the
// sentence and is no part of its clauses (AP Stylebook, "datelines").
// A name that is the object of a preposition ("Teresa Kowalczyk, a
// nurse from Cedar Bluffs, Nebraska, won") is a complement inside the
// appositive, never the clause's subject (Quirk et al., §9.1), so the
// search goes on past it to the name before the opening comma.
func (e *Engine) appositiveSubject(q *query, s *sentence) int {
	_, k := e.askedActAt(q, s)
	if k >= 1 && s.toks[k].lower == "and" && !commaAfter(s, k-1) {
		k = firstConjunctOpening(s, k)
	}
	return e.nameBeforeAppositive(s, k, func(x int) bool { return !contains(q.subjects, x) })
}

// nameBeforeAppositive is the entity accepted by ok whose name ends right
// before a comma that opens an appositive closed by a comma after token
// k, the token before the predicate; -1 when there is none.
func (e *Engine) nameBeforeAppositive(s *sentence, k int, ok func(x int) bool) int {
	if k < 1 || !commaAfter(s, k) {
		return -1
	}
	for j := k; j > datelineEnd(s) && k-j < maxAppositive; j-- {
		if !commaAfter(s, j-1) {
			continue
		}
		x, start := e.entitySpanEndingAt(s, j-1)
		if x >= 0 && ok(x) && !prepObjectAt(s, start) {
			return x
		}
	}
	return -1
}

// passiveSubjectAcross is the entity of the kind that is the subject of
// the passive verb at m when an appositive, or a first coordinated
// predicate, stands between them ("Pruitt, a junior, swam the anchor leg
// and was named the outstanding swimmer": Pruitt was named); -1 when
// there is none.
func (e *Engine) passiveSubjectAcross(s *sentence, m int, kind knowledge.EntityKind) int {
	k := beforePassiveOperators(s, m)
	if k >= 1 && s.toks[k].lower == "and" && !commaAfter(s, k-1) {
		k = firstConjunctOpening(s, k)
	}
	return e.nameBeforeAppositive(s, k, func(x int) bool { return e.r.ents[x].kind == kind })
}

// entitySpanEndingAt is entityEndingAt with the token the name starts
// at; -1, -1 when no name ends at token k.
func (e *Engine) entitySpanEndingAt(s *sentence, k int) (int, int) {
	for _, x := range s.named {
		for _, f := range e.r.ents[x].forms {
			if k-len(f)+1 >= 0 && matchForm(s.toks, k-len(f)+1, f) {
				return x, k - len(f) + 1
			}
		}
	}
	return -1, -1
}

// commaAfter reports whether a comma stands between token k of s and the
// token after it.
func commaAfter(s *sentence, k int) bool {
	if k+1 >= len(s.toks) {
		return false
	}
	return strings.Contains(s.text[s.toks[k].end:s.toks[k+1].start], ",")
}

// firstConjunctOpening is, for an asked verb whose group follows "and" at
// token and of s with no subject between them, the token before the comma
// that opens the first conjunct: "and" there coordinates predicates, and
// the second predicate shares the first one's subject (Quirk et al.,
// §13.46 on ellipsis of the subject in coordinated clauses), so the
// subject stands where the first predicate's would ("Whitaker, a senior
// guard, made 6 of 11 shots and was named the most outstanding player":
// Whitaker was named). -1 when no comma stands within an appositive's
// reach before "and".
func firstConjunctOpening(s *sentence, and int) int {
	for j := and - 1; j > datelineEnd(s) && and-j < maxAppositive; j-- {
		if commaAfter(s, j) {
			return j
		}
	}
	return -1
}
