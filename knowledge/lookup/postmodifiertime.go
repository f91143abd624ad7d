package lookup

// The time of an act a sentence tells only in an -ed clause postmodifying
// its patient (part of stage 4): "Earlier Tuesday, Judge Estrada
// dismissed a lawsuit filed by a group of hotel owners". The -ed clause
// postmodifying a noun is a reduced passive relative clause, a clause of
// its own (Quirk et al., §17.29-17.31), and a time adjunct modifies the
// verb of the clause it stands in (§8.51-8.55): the fronted "Earlier
// Tuesday" dates the dismissal, not the filing, so "when was the lawsuit
// filed" is answered only by a time inside the -ed clause ("a lawsuit
// filed in March").

// passiveWhenAct is the patient noun and the verb of a passive
// when-question, "when BE [DET] … NOUN VERBed" (the verb a past form, the
// noun before it a term of the question and no name); ok is false when
// the question is not so shaped.
func (e *Engine) passiveWhenAct(q *query) (noun, verb term, ok bool) {
	toks := q.toks
	i := 0
	for i < len(toks) && chatWords[toks[i].lower] {
		i++
	}
	k := len(toks) - 1
	if k < i+3 || toks[i].lower != "when" || !beForms[toks[i+1].lower] {
		return term{}, term{}, false
	}
	if q.nameToks[k] || q.nameToks[k-1] || !e.pastForm(toks[k].lower) || determiners[toks[k-1].lower] {
		return term{}, term{}, false
	}
	noun, okN := q.termOf(toks[k-1].lower)
	verb, okV := q.termOf(toks[k].lower)
	return noun, verb, okN && okV
}

// dropOutsidePostmodifier keeps, of the time spans of s, only those inside
// the -ed clause that tells the act of a passive when-question right
// after its patient ("a lawsuit filed in March, …"), up to the clause's
// comma, semicolon or dash (clauseComma); when s tells the act otherwise too, or not so
// at all, spans is returned whole.
func (e *Engine) dropOutsidePostmodifier(q *query, s *sentence, spans [][]int) [][]int {
	noun, verb, ok := e.passiveWhenAct(q)
	if !ok {
		return spans
	}
	at := -1
	for k, t := range s.toks {
		if !verb.matches(t) {
			continue
		}
		if k == 0 || !noun.matches(s.toks[k-1]) || at >= 0 {
			return spans // "the lawsuit was filed", or told twice: a verb of its own clause
		}
		at = k
	}
	if at < 0 {
		return spans
	}
	start := s.toks[at].end
	end := clauseComma(s, start)
	var out [][]int
	for _, sp := range spans {
		if sp[0] >= start && sp[0] < end {
			out = append(out, sp)
		}
	}
	return out
}
