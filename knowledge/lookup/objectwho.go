package lookup

import "storybot/knowledge"

// "Who did they hire" asks for the object of "hire", not its subject: a
// wh-word that is the object takes do-support, which puts the subject
// between the operator and the verb (Quirk et al. 1985, §11.14), so the
// answer is the one the article tells as undergoing the act (patient.go:
// named after an active verb, or before a passive one), never the one
// who did it.

// asksObject reports whether q is an object who-question with
// do-support ("who did the board hire as superintendent", "who does she
// replace") and returns its verb: the last word before any preposition,
// after a subject of at least one word and not right after a determiner
// ("who did the audit" is "did" with its object, no do-support).
func (e *Engine) asksObject(q *query) (term, bool) {
	at := -1
	for i, t := range q.toks {
		if t.lower == "who" || t.lower == "whom" || t.lower == "whos" {
			at = i
			break
		}
	}
	if at < 0 || at+3 >= len(q.toks) || !doForms[q.toks[at+1].lower] || q.toks[at+1].lower != "did" && q.toks[at+1].lower != "does" && q.toks[at+1].lower != "do" {
		return term{}, false
	}
	v := len(q.toks) - 1
	for k := at + 3; k < len(q.toks); k++ {
		if prepositions[q.toks[k].lower] || q.toks[k].lower == "as" {
			v = k - 1
			break
		}
	}
	if v < at+3 || determiners[q.toks[v-1].lower] || q.nameToks[v] {
		return term{}, false
	}
	for _, t := range q.terms {
		if t.sameWord(q.toks[v]) && e.canBe(t.lower, "verb") {
			return t, true
		}
	}
	return term{}, false
}

// objectIn is the person s tells as the object of act t: named before a
// passive form of it, or after an active form whose subject, when the
// question names one, is that one ("Who did Sessions meet": "he had met
// with …", not "colleagues … met with Kislyak"), by name or by a
// description the article resolves. -1 when s tells none.
func (e *Engine) objectIn(q *query, s *sentence, t term) int {
	i := e.indexOf(s)
	for _, m := range termAt(s, t) {
		if passiveAt(s.toks, m) {
			if x := e.personEndingAt(s, m); x >= 0 && !byPhraseAfter(s, m) {
				return x // "Oyelaran was picked"
			}
			continue
		}
		k := m - 1
		for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
			k--
		}
		if len(q.subjects) > 0 && (k < 0 || !e.questionSubjectAt(q, s, k)) {
			continue
		}
		if x := e.objectAfter(s, i, m); x >= 0 {
			return x
		}
	}
	return -1
}

// objectAfter is the person named, or described so the article resolves
// the description, within five words after the verb at m of sentence i,
// with no comma or conjunction between, or set off as the appositive of
// the noun phrase after the verb, and not as a possessor
// ("interviewed four candidates and praised Kimura's work" names no one
// interviewed).
func (e *Engine) objectAfter(s *sentence, i, m int) int {
	for k := m + 1; k < len(s.toks) && k <= m+5; k++ {
		if commaBetween(s, k-1, k) {
			return e.apposedNameAt(s, m+1, k, knowledge.Person) // "dismissed its head coach, Dale Ruiz," (patient.go)
		}
		if coordinators[s.toks[k].lower] {
			return -1
		}
		for _, x := range s.named {
			if n := e.formAt(s, x, k); n > 0 && e.r.ents[x].kind == knowledge.Person {
				if s.toks[k+n-1].poss {
					return -1
				}
				return x
			}
		}
		if x, ok := e.descRefs[[2]int{i, k}]; ok {
			return x // "met with the Russian ambassador"
		}
	}
	return -1
}

// questionSubjectAt reports whether token k of s ends the name of one of
// the question's entities, is a personal pronoun s refers to one with,
// or is the head noun of the question's own subject ("who did the board
// interview": "The board interviewed").
func (e *Engine) questionSubjectAt(q *query, s *sentence, k int) bool {
	if w := s.toks[k]; (!w.cap || k == 0) && w.lower == subjectWord(q) {
		return true
	}
	for _, x := range q.subjects {
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] == s.toks[k].end {
				return true
			}
		}
		if personalPronouns[s.toks[k].lower] && contains(s.refs, x) {
			return true
		}
		if g, ok := pronounGender(s.toks[k : k+1]); ok && g != 0 && e.r.antecedent(e.indexOf(s), s.toks[k].start, g) == x {
			return true // "Jeff Sessions … after it was revealed that he had met": named earlier in the sentence itself
		}
	}
	return false
}

// describedObject is the noun phrase right after an active form of act t
// in s, whose subject is one the question names, when its head names a
// kind of person (WordNet) and no name stands in it ("interviewed four
// candidates"): the object the article describes without naming.
func (e *Engine) describedObject(q *query, s *sentence, t term) (string, bool) {
	if e.noLex {
		return "", false
	}
	for _, m := range termAt(s, t) {
		k := m - 1
		for k >= 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
			k--
		}
		if passiveAt(s.toks, m) || k < 0 || !e.questionSubjectAt(q, s, k) || m+1 >= len(s.toks) || !spaced(s, m, m+1) {
			continue
		}
		end := nounPhraseEnd(s, m+1)
		if end <= m+1 {
			continue
		}
		head := s.toks[end-1]
		if x, _ := e.lastEntityIn(s, m+1, end); x < 0 && !head.cap && !head.poss && e.isPersonNoun(singular(head.lower)) {
			return s.text[s.toks[m+1].start:head.end], true
		}
	}
	return "", false
}

// subjectWord is the content word that opens the subject of an object
// who-question, after the do-form and any determiner ("who did the board
// interview": board), or "".
func subjectWord(q *query) string {
	for i := 0; i+2 < len(q.toks); i++ {
		if q.toks[i].lower != "who" && q.toks[i].lower != "whom" || !doForms[q.toks[i+1].lower] {
			continue
		}
		j := i + 2
		if determiners[q.toks[j].lower] && j+1 < len(q.toks) {
			j++
		}
		if !stopWords[q.toks[j].lower] {
			return q.toks[j].lower
		}
		return ""
	}
	return ""
}
