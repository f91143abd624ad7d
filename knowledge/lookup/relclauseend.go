package lookup

import "strings"

// Where a relative clause ends in a do-question (part of stage 2): "what
// does the guy who won the men's race do for a living", "where does the
// woman who won live now". A question with the operator "do" puts its
// subject between the operator and the main verb, which is a bare
// infinitive (Quirk et al. 1985, §3.37 on do-support, §11.5 on
// subject-operator inversion), while the relative clause inside the
// subject has a finite verb of its own ("won"). So the clause ends before
// the last bare verb form that follows it: the main verb and what
// completes it ("do for a living", "live now") say what is asked, not who
// is meant.

// doSupportedEnd cuts the relative clause at clause, in a question whose
// operator "do" (or a modal, which also takes a bare infinitive: see
// doOperators) comes before token i (the description's head), before the
// main verb: the last bare verb form in it after its first word, not
// after a determiner, a possessive or "to". The clause is unchanged when
// the question has no such operator or the clause no such verb.
func (e *Engine) doSupportedEnd(toks []token, i int, clause []int) []int {
	if len(clause) < 2 || e.noLex {
		return clause
	}
	operator := false
	for k := 0; k < i; k++ {
		operator = operator || doOperators[toks[k].lower]
	}
	if !operator {
		return clause
	}
	for c := len(clause) - 1; c > 0; c-- {
		if e.bareVerbAt(toks, clause[c]) {
			return clause[:c]
		}
	}
	return clause
}

// bareVerbAt reports whether token k can be a verb's bare form: WordNet
// has it as a verb, it is no irregular form ("won") and has no
// inflectional ending, and no determiner, possessive or "to" stands
// before it ("the race" is a noun; "to live" an infinitive of the
// clause's own).
func (e *Engine) bareVerbAt(toks []token, k int) bool {
	w := toks[k].lower
	if !e.canBe(w, "verb") || e.lex.Lemma(w) != "" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		strings.HasSuffix(w, "s") && e.canBe(strings.TrimSuffix(w, "s"), "verb") {
		return false
	}
	p := toks[k-1]
	return !determiners[p.lower] && !possessivePronouns[p.lower] && !p.poss && p.lower != "to"
}
