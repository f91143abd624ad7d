package lookup

import "storybot/knowledge"

// referent picks what a later part of a question refers back to among
// the entities the part before it named. A singular personal pronoun ("he",
// "she") refers to one person: the first named of its gender, since the
// subject of an English clause usually comes first and a pronoun prefers
// the subject of the clause before (Grosz, Joshi & Weinstein 1995,
// centering). "They", or a part that only set the topic, takes them all.
func (e *Engine) referent(prev []int, toks []token, topic bool) []int {
	g, ok := pronounGender(toks)
	if topic || !ok || g == 0 {
		return prev
	}
	for _, x := range prev {
		ent := e.r.ents[x]
		if ent.kind == knowledge.Person && (ent.gender == 0 || ent.gender == g) {
			return []int{x}
		}
	}
	return prev
}

// storySubject gives a question whose "he" or "she" has nothing to refer
// to, in the question or in a thread, the person the story is about: the
// one the headline names (a news headline names its main subject; AP
// Stylebook, "headlines"), else the person named in the most paragraphs,
// when their gender fits the pronoun. Asked in a channel about one story,
// "how old is he" is about its subject. Only questions about the person
// themself (their age, words, role, origin) take the subject this way.
func (e *Engine) storySubject(q *query) {
	g, ok := pronounGender(q.toks)
	if !ok || g == 0 || e.hasPersonOf(q.subjects, 0) || !aboutPerson[q.typ] && !(q.typ == tPlace && homeQuestion.MatchString(q.raw)) && !asksDeath(q) {
		return // other questions find their sentence by its words, which need not name the person
	}
	x := e.headlinePerson(g)
	if x < 0 {
		if m := e.mainActor(); m >= 0 && (e.r.ents[m].gender == 0 || e.r.ents[m].gender == g) {
			x = m
		}
	}
	if x < 0 {
		return
	}
	q.subjects = append(q.subjects, x)
	q.terms = e.termsOf(q)
}

// headlinePerson is the one person of gender g (or unknown gender) the
// headline names, or -1.
func (e *Engine) headlinePerson(g byte) int {
	found := -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "title" {
			continue
		}
		for _, x := range s.named {
			ent := e.r.ents[x]
			if ent.kind != knowledge.Person || ent.gender != 0 && ent.gender != g {
				continue
			}
			if found >= 0 && found != x {
				return -1
			}
			found = x
		}
	}
	return found
}

// asksDeath reports whether the question asks about a death ("what killed
// him", "why did she die"): dying is what befalls the person themself, so
// in a story about one person their death is the one asked about. Its
// terms are "die" or "death", or a verb WordNet gives them as meaning
// (kill, which causes die; pass away).
func asksDeath(q *query) bool {
	for _, t := range q.terms {
		for _, st := range append([]string{t.stem}, t.alts...) {
			if stemsMeet(st, stemOf("die")) || stemsMeet(st, stemOf("death")) {
				return true
			}
		}
	}
	return false
}

// answeredSubjects are what a later part's pronoun may point back to
// after a part is answered: the part's own subjects, or, when it asked
// "who" and named no person, the people its answer names. The wh-phrase
// of a question introduces a referent that its answer fills, and a
// pronoun after it takes that referent as antecedent ("who won the award
// and how old is she"; Kamp & Reyle, "From Discourse to Logic", 1993, on
// discourse referents; Groenendijk & Stokhof, "Studies on the Semantics of
// Questions", 1984, on answers as the values of the wh-phrase), as a
// thread's pronoun takes the person of the answer before (fromHistory).
func (e *Engine) answeredSubjects(q *query, r reply) []int {
	if q.typ != tPerson || !r.found || r.head == "" || e.hasPersonOf(q.subjects, 0) {
		return q.subjects
	}
	named, _ := e.entitiesIn(tokenize(r.head))
	var out []int
	for _, x := range named {
		if e.r.ents[x].kind == knowledge.Person {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return q.subjects
	}
	return out
}
