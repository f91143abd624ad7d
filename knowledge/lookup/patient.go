package lookup

import (
	"slices"

	"storybot/knowledge"
)

// A who-question in the passive asks who underwent the act, not who did
// it: "who got fired", "who was arrested" (Quirk et al. 1985, §3.63: the
// passive's subject is the active's object). The article tells the one
// who underwent it as the object after an active verb ("the city manager
// fired Police Chief Arthur Kimble"), the subject before a passive one
// ("Kimble was fired"), or the of-phrase of the act's noun ("the firing
// of Kimble", §17.51: the objective genitive).

// asksPatient reports whether q is a passive who-question with no agent
// ("who got fired", not "who was it fired by") and returns its verb.
func (e *Engine) asksPatient(q *query) (term, bool) {
	if q.typ != tPerson {
		return term{}, false
	}
	at := -1
	for i, t := range q.toks {
		if t.lower == "by" {
			return term{}, false
		}
		if at < 0 && (t.lower == "who" || t.lower == "whos") {
			at = i
		}
	}
	if at < 0 {
		return term{}, false
	}
	for i := at + 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if auxiliaries[w] || beForms[w] || isAdverb(w) || w == "got" || w == "get" || w == "gets" || w == "gotten" {
			continue
		}
		for _, t := range q.terms {
			if t.sameWord(q.toks[i]) && e.canBe(t.lower, "verb") && passiveAt(q.toks, i) {
				return t, true
			}
		}
		return term{}, false
	}
	return term{}, false
}

// patientIn is the person s tells as undergoing act t: named right
// after an active form of it, or before a passive one, with only titles,
// determiners and modifiers between; -1 when s names none so.
func (e *Engine) patientIn(s *sentence, t term) int {
	return e.undergoerIn(s, t, knowledge.Person)
}

// undergoerIn is patientIn for an entity of any kind.
func (e *Engine) undergoerIn(s *sentence, t term, kind knowledge.EntityKind) int {
	for _, m := range termAt(s, t) {
		if m > 0 && s.toks[m].cap {
			continue // a word of a name ("the Emergency Conflagration Act") is no verb
		}
		if p, ok := e.passiveSite(s, m); ok {
			if byPhraseAfter(s, m) || m == 0 {
				continue
			}
			if x := e.namedEndingAt(s, p, kind); x >= 0 {
				return x
			}
			if x := e.passiveSubjectAcross(s, p, kind); x >= 0 {
				return x // "Pruitt, a junior, … and was named" (appositivesubject.go)
			}
			continue
		}
		if x := e.namedAfter(s, m, kind); x >= 0 {
			return x
		}
	}
	return -1
}

// apposedNameAt is the entity of kind whose name stands at token k of s,
// set off by commas as the appositive of the common noun phrase
// [from, k) before it: "fired its head football coach, Bill Tanner, on
// Sunday" names the coach it fired (Quirk et al. 1985, §17.65–17.72 on
// appositive names; AP style names a person after the role that
// introduces them). -1 when the words before the comma are no noun phrase
// of common words or no name of kind stands set off after it.
func (e *Engine) apposedNameAt(s *sentence, from, k int, kind knowledge.EntityKind) int {
	if from >= k || nounPhraseEnd(s, from) != k || s.toks[k-1].cap || s.toks[k-1].poss {
		return -1
	}
	for _, x := range s.named {
		n := e.formAt(s, x, k)
		if e.r.ents[x].kind != kind || n == 0 {
			continue
		}
		if end := k + n; end == len(s.toks) || commaBetween(s, end-1, end) {
			return x
		}
	}
	return -1
}

// personAfter is the person named within four words after token m, past
// "of" and lower-case or title words but no comma: the object of the
// verb at m, or of the act its noun names.
func (e *Engine) personAfter(s *sentence, m int) int {
	return e.namedAfter(s, m, knowledge.Person)
}

// personNamedAt is the person whose name, in one of its forms, begins at
// token k of s; -1 when none does.
func (e *Engine) personNamedAt(s *sentence, k int) int {
	for _, x := range s.named {
		if e.a.Entities[x].Kind == knowledge.Person && e.formAt(s, x, k) > 0 {
			return x
		}
	}
	return -1
}

// namedAfter is personAfter for an entity of any kind.
func (e *Engine) namedAfter(s *sentence, m int, kind knowledge.EntityKind) int {
	for k := m + 1; k < len(s.toks) && k <= m+5; k++ {
		if commaBetween(s, k-1, k) {
			return e.apposedNameAt(s, m+1, k, kind)
		}
		for _, x := range s.named {
			if e.r.ents[x].kind == kind && e.formAt(s, x, k) > 0 {
				return x
			}
		}
	}
	return -1
}

// beforePassiveOperators is the token before the operators, adverbs and
// "got" that stand before the passive participle at m ("Kimble was
// quietly fired": Kimble), -1 when none is left.
func beforePassiveOperators(s *sentence, m int) int {
	k := m - 1
	for k >= 0 && (passiveAux[s.toks[k].lower] || beForms[s.toks[k].lower] || isAdverb(s.toks[k].lower) || s.toks[k].lower == "got") {
		k--
	}
	return k
}

// personEndingAt is the person whose name ends right before the passive
// verb at m, past its auxiliaries ("Kimble was fired").
func (e *Engine) personEndingAt(s *sentence, m int) int {
	return e.namedEndingAt(s, m, knowledge.Person)
}

// namedEndingAt is personEndingAt for an entity of any kind.
func (e *Engine) namedEndingAt(s *sentence, m int, kind knowledge.EntityKind) int {
	k := beforePassiveOperators(s, m)
	if k < 0 {
		return -1
	}
	ends := []int{s.toks[k].end}
	if h := hometownStart(s, k); h > 0 {
		ends = append(ends, s.toks[h-1].end) // "Derek Simms of Pearl was arrested": Simms
	}
	for _, x := range s.named {
		if e.r.ents[x].kind != kind {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if slices.Contains(ends, sp[1]) {
				return x
			}
		}
	}
	return -1
}

// hometownStart is the index of the "of" that opens a hometown after a
// person's name and ends at token k ("Derek Lyle Simms of Pearl", "Ann
// Cole of Des Moines": AP Stylebook, "hometowns", puts the town after
// the name with "of"): a run of at most three capitalised words after
// it, with no comma; -1 when none does.
func hometownStart(s *sentence, k int) int {
	for j := k; j >= 1 && j > k-3 && s.toks[j].cap && !commaBetween(s, j-1, j); j-- {
		if s.toks[j-1].lower == "of" && j-1 >= 1 && s.toks[j-2].cap && !commaBetween(s, j-2, j-1) {
			return j - 1
		}
	}
	return -1
}

// patient answers a passive or an object who-question with the one the best holding
// sentence tells as undergoing the act; when none names them, the one a
// holding sentence describes (describedpatient.go).
func (e *Engine) patient(q *query) (reply, bool) {
	t, ok := e.asksPatient(q)
	passive := ok
	find := e.patientIn
	if !ok {
		t, ok = e.asksObject(q) // "who did they hire": the object
		find = func(s *sentence, t term) int { return e.objectIn(q, s, t) }
	}
	if !ok {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		x, some := find(s, t), false
		if x < 0 && passive {
			x, some = e.adjectiveHeadPatient(s, t) // "Among the injured was the choir director, the Rev. Walter Gaines" (headedpatient.go)
		}
		if x >= 0 && !contains(q.subjects, x) {
			var names []string
			for _, y := range e.coordinated(s, x) {
				names = append(names, e.a.Entities[y].Name) // "arrested Dale Firth, 34, and Corey Nadeau, 29"
			}
			head := joinNames(names) + "."
			if some {
				head = joinNames(names) + ", among others."
			}
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
		if x := e.pronounUndergoer(s, t); passive && x >= 0 && c.coverage > 0.99 && !contains(q.subjects, x) {
			return e.pronounDoer(x, s), true // "before acquitting him": the one "him" stands for (pronounundergoer.go)
		}
		if x := e.pronounPatient(s, t); passive && x >= 0 && c.coverage > 0.99 && !contains(q.subjects, x) {
			return e.pronounDoer(x, s), true // "She was charged with …": the one "she" stands for (pronounactor.go)
		}
	}
	if passive {
		if r, ok := e.bodyPatient(q, t); ok {
			return r, true // "who got fined": "fined Quillfeather Labs" (bodypatient.go)
		}
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if r, ok := e.describedPatientReply(q, s, t); ok {
			return r, true // "A convenience store clerk was shot": the clerk, named later
		}
		if r, ok := e.describedObjectPatient(s, t); passive && ok {
			return r, true // "killing one woman": the woman, named later (objectpatient.go)
		}
		if np, ok := e.describedObject(q, s, t); ok {
			return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true // "interviewed four candidates"
		}
	}
	return reply{}, false
}
