package lookup

import "storybot/knowledge"

// The identity a reported clause gives (part of stage 4). "Who were the
// people killed" asks an identity by "be" with a definite noun phrase: an
// identifying copular clause, whose answer is the other term of the
// equation ("the people killed were Harold and Mary Whitacre"; Quirk et
// al. 1985, §10.8 and §16.47 on identifying "be"). News writing reports
// such identities from a source: "Sheriff Dale Pruett said the people
// killed were …" or "…, the sheriff said" (the AP Stylebook's rule that
// facts not witnessed are attributed). The reporting clause's subject is
// the source of the identification, never its term (Quirk et al., §14.29
// on direct and indirect speech: the reporting clause stands outside the
// reported one), though it stands nearest the words of the question that
// open the reported clause.

// copularIdentity reports whether q asks who someone is by "be" and a
// determiner opening a noun phrase ("who were the people killed", "who
// is the new coach", "who's the victim"): an identifying question, which
// names no act of its own.
func copularIdentity(q *query) bool {
	words := dropChat(lowerWords(q.toks))
	if len(words) < 3 {
		return false
	}
	switch {
	case words[0] == "who" && beForms[words[1]]:
		return determiners[words[2]]
	case words[0] == "who's" || words[0] == "whos":
		return determiners[words[1]]
	}
	return false
}

// reportedIdentity is, for an identifying who-question, the person the
// reported clause in s names after the question's first matched word
// when p, the person nearest the matched words, only reports that
// clause ("Pruett said the people killed were …"); -1 when the question
// asks no identity, p does not report the clause, or the clause names
// no one else.
func (e *Engine) reportedIdentity(q *query, s *sentence, p int, matched []int) int {
	first := firstOf(matched)
	if p < 0 || first < 0 || !copularIdentity(q) || !e.reportsAct(s, p, first) {
		return -1
	}
	best, bestAt := -1, len(s.toks)
	for _, x := range s.named {
		if x == p || e.r.ents[x].kind != knowledge.Person || contains(q.subjects, x) {
			continue
		}
		if at := e.position(s, x); at > first && at < bestAt {
			best, bestAt = x, at
		}
	}
	return best
}
