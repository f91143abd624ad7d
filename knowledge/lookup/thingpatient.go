package lookup

import "strings"

// What underwent the act (part of stage 4, what-questions). "What was
// stolen", "what got stolen" and "what did thieves steal" ask for the
// thing the act was done to: the active's object, which a passive makes
// its subject (Quirk et al., §3.63, the get-passive §3.67). News writing
// often tells such an act in the passive ("'Harbor at Dusk,' an oil
// painting by Eliza Pruitt, was stolen from the museum in 1983"), so the
// answer is the noun phrase before the passive's auxiliary, not a
// sentence that only uses the participle as an adjective ("a database of
// stolen art").

// patientAct is the act term a what-question asks the undergoer of: the
// participle of a passive question ("what was stolen", "what got
// stolen from the museum"), or the verb of an object question ("what did
// thieves steal"). False for other shapes and for a stranded preposition
// ("what was he charged with" asks for another thing).
func (e *Engine) patientAct(q *query) (t term, passive, ok bool) {
	toks := q.toks
	if len(toks) >= 3 && toks[0].lower == "what" && (beForms[toks[1].lower] || toks[1].lower == "got" || toks[1].lower == "get") {
		if t, ok := q.termOf(toks[2].lower); ok && e.canBe(t.lower, "verb") && passiveAt(toks, 2) && !strandedPreposition(q) && pastParticiple(e, t.lower) {
			return t, true, true
		}
	}
	if a, ok := e.askedObject(q); ok && a.stranded == "" && !e.speechAct(a.base) && !lightVerbs[a.verb.lower] {
		return a.verb, false, true
	}
	return term{}, false, false
}

// pastParticiple reports whether w is a verb's -ed form or an irregular
// past participle.
func pastParticiple(e *Engine, w string) bool {
	return endsIn(w, "ed") || e.irregularForm(w)
}

// thingPatient answers a what-question about an act's undergoer with the
// subject of a passive form of the act in one of the best sentences that
// hold the whole question, or else, when the question is itself a passive
// with no doer to check, with the object of an active form.
func (e *Engine) thingPatient(q *query) (reply, bool) {
	t, passive, ok := e.patientAct(q)
	if !ok {
		return reply{}, false
	}
	held := e.heldSentences(q, e.rank(q, nil), 3)
	for _, s := range held {
		if p := passiveSubject(s, t); p != "" {
			return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true
		}
	}
	for _, s := range held {
		if p := e.activeObject(s, t); p != "" && passive {
			return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true // "what was destroyed": "a blaze destroyed a vacant warehouse"
		}
	}
	return reply{}, false
}

// activeObject is the object after an active form of t in s, cut as an
// object what-question's is (objectphrase.go); "" when s uses t only in
// the passive, as a noun or adjective, or with no clean object after it.
func (e *Engine) activeObject(s *sentence, t term) string {
	a := objectAsk{verb: t}
	for _, m := range termAt(s, t) {
		if passiveAt(s.toks, m) || !verbalAt(s, m, a) {
			continue
		}
		if p, ok := e.objectPhrase(s, m, a); ok {
			return p
		}
	}
	return ""
}

// passiveSubject is the noun phrase that is the subject of a passive form
// of t in s, from the start of its clause to the auxiliary, with an
// opening quotation mark kept; "" when s has none, or when the phrase is
// a pronoun, opens with no determiner, number, quotation or name, or runs
// past fifteen words.
func passiveSubject(s *sentence, t term) string {
	for _, m := range termAt(s, t) {
		if !passiveAt(s.toks, m) || lightVerbs[s.toks[m].lower] && !t.sameWord(s.toks[m]) {
			continue // "taken to the hospital": a light verb means by its object, not as carry's synonym
		}
		k := m - 1
		for k >= 0 && (passiveAux[s.toks[k].lower] || beForms[s.toks[k].lower] || isAdverb(s.toks[k].lower) || s.toks[k].lower == "got" || s.toks[k].lower == "not") {
			k--
		}
		if k < 0 || k == m-1 || stopWords[s.toks[k].lower] {
			continue
		}
		from := patientPhraseStart(s, k)
		first := s.toks[from]
		if k-from > 15 || !determiners[first.lower] && !numberLike(first.lower) && !first.cap {
			continue
		}
		start := first.start
		if before := s.text[:start]; strings.HasSuffix(before, `"`) || strings.HasSuffix(before, "“") {
			start -= len(lastRune(before))
		}
		return s.text[start:s.toks[k].end]
	}
	return ""
}

// lastRune is the last character of s, as a string.
func lastRune(s string) string {
	r := []rune(s)
	return string(r[len(r)-1])
}
