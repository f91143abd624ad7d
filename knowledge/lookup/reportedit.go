package lookup

// "The FAA said it will investigate" (part of stage 4, who-questions): a
// reported clause's subject "it" after a verb of saying refers to the
// reporting clause's subject when that is a singular body (Quirk et al.
// 1985, ch. 6: "it" takes a non-personal singular antecedent; §14.29 on
// the reporting verbs of indirect speech, whose reported clause keeps
// the speaker's point of view), so the body that said so is the doer of
// the act it announces.

// reportedItSubject is the organisation that "it" stands for at token k
// of s, the subject of the asked verb, when "it" opens the clause a
// reporting verb reports ("The Federal Aviation Administration said
// (that) it will investigate"); -1 otherwise.
func (e *Engine) reportedItSubject(s *sentence, k int) int {
	if k < 2 || s.toks[k].lower != "it" {
		return -1
	}
	v := k - 1
	if s.toks[v].lower == "that" {
		v--
	}
	if v < 1 || !reportingVerbs[s.toks[v].lower] {
		return -1
	}
	return e.entityEndingAt(s, v-1)
}

// reportedItActor is the organisation "it" stands for as the subject of
// the verb at token i, past any auxiliaries or adverbs between, or -1.
func (e *Engine) reportedItActor(s *sentence, i int) int {
	k := i - 1
	for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
		k--
	}
	if k < 0 {
		return -1
	}
	return e.reportedItSubject(s, k)
}
