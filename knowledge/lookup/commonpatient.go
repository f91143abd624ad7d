package lookup

import "storybot/knowledge"

// Unnamed patients (part of stage 4, who-questions in the passive). News
// writing often withholds the names of the dead, the hurt and the
// arrested ("pending notification of relatives") and tells who they were
// by a description instead: "The driver, a 58-year-old man from Burke,
// and a 16-year-old student were killed"; "A 34-year-old Tacoma man was
// arrested" (AP Stylebook, "identification": victims and suspects may be
// identified by age, hometown and occupation). Asked "who was killed",
// when no sentence names the one who underwent the act, the reader is
// owed that description, the passive's subject (Quirk et al. 1985,
// §3.63), as commonDoer gives an unnamed doer.

// commonPatient is the noun phrase that is the subject of a passive form
// of act t in s, when its head is a kind of person in WordNet and it
// names no one; false when s has no such subject. The phrase runs from
// the start of its clause (past a dateline, a verb of saying or a
// subordinating word) to the passive's auxiliary, and opens with a
// determiner or a number, as a noun phrase does; coordinated and
// apposed phrases are kept whole.
func (e *Engine) commonPatient(s *sentence, t term) (string, bool) {
	for _, m := range termAt(s, t) {
		p, ok := e.passiveSite(s, m)
		if !ok || byPhraseAfter(s, m) {
			continue
		}
		k := p - 1
		for k >= 0 && (passiveAux[s.toks[k].lower] || beForms[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
			k--
		}
		if k < 0 || k == p-1 || s.toks[k].cap || !e.isPersonNoun(singular(s.toks[k].lower)) {
			continue
		}
		from := patientPhraseStart(s, k)
		if first := s.toks[from].lower; !determiners[first] && !numberLike(first) || e.namesPersonIn(s, from, k) {
			continue
		}
		return s.text[s.toks[from].start:s.toks[k].end], true
	}
	return "", false
}

// patientPhraseStart is where the subject ending at token k begins: after
// the dateline, the last verb of saying or the last subordinating word
// before it ("Police said a 34-year-old man …"), but across "and" and
// commas, which coordinate and appose noun phrases within it.
func patientPhraseStart(s *sentence, k int) int {
	from := datelineEnd(s)
	for j := from; j < k; j++ {
		w := s.toks[j].lower
		if speechVerbs[w] || w != "and" && w != "or" && clauseJoints[w] {
			from = j + 1
		}
	}
	return from
}

// namesPersonIn reports whether s names a person between tokens a and b.
func (e *Engine) namesPersonIn(s *sentence, a, b int) bool {
	for _, x := range s.named {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[0] >= s.toks[a].start && sp[1] <= s.toks[b].end {
				return true
			}
		}
	}
	return false
}
