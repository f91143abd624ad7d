package lookup

import "slices"

// Acts still to come (part of stage 4, yes/no): a question in the past or
// perfect ("did she sign it", "has she signed it yet") asks whether an act
// is done. A sentence that gives the act only under a modal of prediction
// or volition or a verb of intention ("said Marsh would sign the bill next
// week", "plans to sign") tells it as future or intended, not as done
// (Quirk et al., §4.42–4.48 on future time, §14.31 on backshifted will),
// so it answers "not yet", citing the sentence, unless another sentence
// tells the act as done.

// notYetHead opens the reply on an act or state told only as to come.
const notYetHead = "Not yet, as the article tells it — it gives that as still to come:"

// completionAuxiliaries open a question about a completed act: the past
// and perfect auxiliaries (Quirk et al., §3.21–3.22, §4.17–4.22).
var completionAuxiliaries = set("did", "didn't", "has", "hasn't", "have", "haven't", "had", "hadn't")

// doneAsked returns the term of the verb a question in the past or perfect
// asks about ("has she actually signed it": signed): the first term after
// a past or perfect auxiliary that can be a verb, past a word that can be
// a noun and stands before another term ("did the parks board hire") or
// right after a determiner ("did the board already approve": a determiner
// opens a noun phrase, Quirk et al., §5.12, so the word after it is no
// verb). False when the question is not so shaped or speaks of the future
// itself.
func (e *Engine) doneAsked(q *query) (term, bool) {
	if asksFuture(q) {
		return term{}, false
	}
	at := -1
	for i, t := range q.toks {
		if futureModals[t.lower] {
			return term{}, false // "has she said she would sign it"
		}
		if at < 0 && completionAuxiliaries[t.lower] {
			at = i
		}
	}
	if at < 0 {
		return term{}, false
	}
	for i := at + 1; i < len(q.toks); i++ {
		t, _, ok := q.termStarting(i) // "did prices go up": the phrasal verb "go up" (converse.go)
		if !ok || !t.phrasal && !e.canBe(t.lower, "verb") {
			continue
		}
		if e.canBe(t.lower, "noun") && determiners[q.toks[i-1].lower] {
			continue // "the board": the head of a noun phrase
		}
		if i+1 < len(q.toks) && e.canBe(t.lower, "noun") {
			if _, _, next := q.termStarting(i + 1); next {
				continue // "the parks board": a noun premodifying the next; "did prices go up": the subject before a phrasal verb (Quirk et al., §16.2–16.4)
			}
		}
		return t, true
	}
	return term{}, false
}

// termOf is the question's term written w.
func (q *query) termOf(w string) (term, bool) {
	for _, t := range q.terms {
		if t.lower == w {
			return t, true
		}
	}
	return term{}, false
}

// onlyIntended reports whether every word of s that matches the act term
// t stands under a future modal or a verb of intention, or in a condition
// ("if signed": a condition asserts nothing done, Quirk et al., §15.33),
// or in the for-phrase of a verb of schedule ("scheduled for
// replacement", arrangednoun.go) or its object ("set sentencing for
// April 18"), or the object of a verb of need ("still needs
// approval"), or in the to-infinitive of a present or future attempt
// ("will try to sell it", attemptinfinitive.go);
// false when s has no such word.
func onlyIntended(s *sentence, c candidate, t term) bool {
	n := 0
	for _, m := range c.matched {
		if !t.matches(s.toks[m]) {
			continue
		}
		if !intended(s, []int{m}) && !inCondition(s, m) && !inIntendedInfinitive(s, m) && !inAttemptInfinitive(s, m) && !arrangedForNoun(s, m) && !arrangedObjectNoun(s, m) && !pendingObjectNoun(s, m) {
			return false
		}
		n++
	}
	if n == 0 && !t.known {
		return governedOnlyIntended(s, c)
	}
	return n > 0
}

// governedOnlyIntended is onlyIntended for a question whose act is a
// light verb the article does not write ("did she go to prison"): the
// act is then the verb that governs the matched words ("will report to
// prison"), the word before them past prepositions and determiners. It
// is intended when a future modal or a verb of intention stands before
// it, or "must" of obligation, which puts the act after the time of
// speaking ("must report to prison by March 1"; Quirk et al. 1985, §4.54);
// "must have" infers a past act and is left out.
func governedOnlyIntended(s *sentence, c candidate) bool {
	n := 0
	for _, m := range c.matched {
		k := m - 1
		for k >= 0 && (prepositions[s.toks[k].lower] || determiners[s.toks[k].lower]) {
			k--
		}
		if k < 0 || stopWords[s.toks[k].lower] || s.toks[k].cap {
			continue // not a complement: the matched word has no verb before it
		}
		if !intended(s, []int{k}) && !(k > 0 && s.toks[k-1].lower == "must") {
			return false
		}
		n++
	}
	return n > 0
}

// notYet answers a question about a completed act whose best evidence
// tells the act only as future or intended: "Not yet", with the sentence.
// Another sentence that holds the question as fully and tells the act as
// done takes the place of c instead (its candidate is returned, false).
//
// A question about a present state ("is the school still open") is read
// the same way (statetocome.go), and the opposite state the article
// tells of its subject answers it first.
func (e *Engine) notYet(q *query, c candidate) (reply, candidate, bool) {
	t, ok := e.doneAsked(q)
	state := false
	if !ok {
		t, ok = e.stateAsked(q)
		state = ok
	}
	if ok {
		t = restatedAct(q, &e.r.sents[c.s], c, t)
	}
	if !ok || q.negated || !onlyIntended(&e.r.sents[c.s], c, t) {
		return reply{}, c, false
	}
	for _, o := range e.rank(q, nil) {
		if o.s == c.s || o.coverage < c.coverage || o.subjects < len(q.subjects) || !e.holds(q, o) {
			continue
		}
		if s := &e.r.sents[o.s]; !onlyIntended(s, o, t) && e.holdsActAsVerb(s, o, t) {
			return reply{}, o, false // told as done elsewhere
		}
	}
	if state {
		if r, ok := e.opposite(q); ok {
			return r, c, true // "is the school still open": "the school, which closed in 2021"
		}
	}
	s := &e.r.sents[c.s]
	return reply{found: true, head: notYetHead, used: []*sentence{s}}, c, true
}

// inIntendedInfinitive reports whether token m of s stands in a
// to-infinitive clause that complements a verb of intention or schedule
// ("is expected to ask the governor for a disaster declaration"): the
// clause, with its objects and their modifiers, tells what is meant or
// due to happen, not what did (Quirk et al., §16.38 on verbs of
// intention; §4.42–4.48 on future time). The clause runs from its "to"
// to the next punctuation or clause opener, within eight words.
func inIntendedInfinitive(s *sentence, m int) bool {
	for k := m - 1; k > 0 && k >= m-8; k-- {
		if punctuatedBetween(s.text, s.toks, k+1) || intendedClauseEnds[s.toks[k].lower] {
			return false
		}
		if s.toks[k].lower == "to" {
			v := s.toks[k-1].lower
			return intentionVerbs[v] || scheduleVerbs[v]
		}
	}
	return false
}

// intendedClauseEnds open a clause of their own: the coordinators and the
// relative and subordinating words (Quirk et al., §13.1, §14.12, §15.6).
var intendedClauseEnds = set("and", "but", "or", "which", "who", "that", "because", "while", "after", "before", "when", "if")

// restatedAct is the act term t widened to the words of c that hold the
// act in other words ("will shut down" for "has the plant closed",
// otherwords.go): the matched tokens of s that no term of q matches, when
// t itself matches none of them.
func restatedAct(q *query, s *sentence, c candidate, t term) term {
	if slices.ContainsFunc(c.matched, func(m int) bool { return t.matches(s.toks[m]) }) {
		return t
	}
	for _, m := range c.matched {
		if !slices.ContainsFunc(q.terms, func(o term) bool { return o.matches(s.toks[m]) }) {
			t.alts = append(slices.Clone(t.alts), s.toks[m].stem)
		}
	}
	return t
}
