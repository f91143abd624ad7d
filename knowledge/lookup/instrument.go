package lookup

import "slices"

// The instrument of an act (part of stage 4, a thing as an answer): "what
// did they open it with" and "what did they use to open it" ask the same
// thing, the instrument of opening. English writes an instrument as a
// with-phrase adjunct of the verb ("pried the lid loose with a putty
// knife"), as "using" and its object, a participle that works as a
// preposition of instrument ("opened it using a heat gun"), or as the
// object of "use" with the act in a to-infinitive of purpose ("used a shop
// vacuum to pull corn") (Quirk et al. 1985, §9.48 on instrument with
// "with", §9.7 on "using" among the marginal prepositions, §15.13 on
// to-infinitive clauses of purpose; Levin 1993, §3.1 on the instrument
// alternation "use X to V" / "V with X"). So either question is answered
// by the sentence that names the asked act as a verb with an instrument
// in its own clause, and the answer opens with that instrument; a
// sentence that only repeats the act, as a noun ("the opening") or
// without an instrument, does not say what it was done with. The
// question's object may be the pronoun "it" before the stranded "with"
// ("open it with"), which whatobject.go passes over as it passes over
// "him" (Quirk et al., §6.4, the objective pronouns).

// instrumentMarkers open an instrument adjunct: "with" and the marginal
// preposition "using" (Quirk et al. 1985, §9.7, §9.48).
var instrumentMarkers = set("with", "using")

// instrumentClauseEnd are the words that open the next clause after an
// act, so that an instrument after them is another act's: the
// coordinators and "then" (Quirk et al., §13.1, §8.137) and the simple
// subordinators (§14.12).
var instrumentClauseEnd = set("and", "but", "or", "then", "so", "while", "although", "because",
	"since", "when", "after", "before", "until", "as", "if", "where", "who", "which", "that")

// instrumentReach is how many words after its verb an instrument adjunct
// may stand in the verb's clause ("cut three holes in the bottom of the
// steel bin with a rotary saw").
const instrumentReach = 12

// instrumentAsk reads a question that asks an act's instrument: "what
// did/was … VERB (…) with" or "what did … use to VERB …". It returns the
// asked act, with "with" as its stranded preposition; false when the
// question is not so shaped.
func (e *Engine) instrumentAsk(q *query) (objectAsk, bool) {
	toks := q.toks
	if e.noLex || len(toks) < 4 || toks[0].lower != "what" || !auxiliaries[toks[1].lower] {
		return objectAsk{}, false
	}
	if toks[len(toks)-1].lower == "with" {
		a, ok := e.askedObject(q)
		return a, ok && a.stranded == "with" && e.verbBase(a.verb.lower) != e.verbBase("use")
	}
	for u := 2; u+2 < len(toks); u++ {
		if e.verbBase(toks[u].lower) != e.verbBase("use") || toks[u+1].lower != "to" {
			continue
		}
		t, ok := q.termOf(toks[u+2].lower)
		if !ok || !e.canBe(t.lower, "verb") {
			return objectAsk{}, false
		}
		return objectAsk{verb: t, base: e.baseVerb(t.lower), stranded: "with", at: u + 2}, true
	}
	return objectAsk{}, false
}

// instrumentUsed answers an instrument question with the best sentence
// that names the asked act with an instrument, opening with the
// instrument.
func (e *Engine) instrumentUsed(q *query) (reply, bool) {
	a, ok := e.instrumentAsk(q)
	if !ok {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		if !e.holdsInstrumentRest(q, c.s, a) {
			continue
		}
		if np, found := e.instrumentIn(s, a); found {
			r := reply{found: true, used: []*sentence{s}}
			if np != "" {
				r.head = capitalise(np) + "."
			}
			return r, true
		}
	}
	return reply{}, false
}

// holdsInstrumentRest reports whether sentence i names every entity of
// the question and holds, itself or in the sentences its pronouns refer
// back to, every other known term of it but the act and "use".
func (e *Engine) holdsInstrumentRest(q *query, i int, a objectAsk) bool {
	s := &e.r.sents[i]
	for _, x := range q.subjects {
		if !s.mentions(x) {
			return false
		}
	}
	for _, t := range q.terms {
		if t.lower == a.verb.lower || !t.known || t.weak || lightVerbs[t.lower] || e.verbBase(t.lower) == e.verbBase("use") {
			continue
		}
		if !s.hasTerm(t) && !e.toldBefore(i, t) {
			return false
		}
	}
	return true
}

// instrumentIn finds in s the asked act as a verb with an instrument in
// its clause: a with- or using-phrase after the verb, or the object of
// "use" before "to" and the verb. It returns the instrument's noun phrase
// ("" when it cannot be cut cleanly) and whether s names one.
func (e *Engine) instrumentIn(s *sentence, a objectAsk) (string, bool) {
	plain := a
	plain.stranded = ""
	for k := range s.toks {
		if !verbalAt(s, k, plain) {
			continue
		}
		if e.namesAskedAct(s, k, a) {
			if m := e.instrumentAfter(s, k); m > 0 {
				return e.instrumentPhrase(s, m+1), true
			}
		}
		if e.verbBase(s.toks[k].lower) == e.verbBase("use") {
			if m := e.purposeOfUse(s, k, a); m > 0 {
				return e.instrumentPhrase(s, k+1), true
			}
		}
	}
	return "", false
}

// instrumentAfter is the index of the instrument marker in the clause of
// the verb at k, with a noun phrase after it; -1 when there is none.
func (e *Engine) instrumentAfter(s *sentence, k int) int {
	for m := k + 1; m < len(s.toks)-1 && m <= k+instrumentReach; m++ {
		w := s.toks[m].lower
		if punctuatedBetween(s.text, s.toks, m) || instrumentClauseEnd[w] || quotedAt(s, m) {
			return -1
		}
		if instrumentMarkers[w] && e.opensObject(s, m+1) {
			return m
		}
	}
	return -1
}

// purposeOfUse is the index of "to" before the asked act after "use" at k
// and its object ("used a shop vacuum to pull corn"); -1 when there is
// none.
func (e *Engine) purposeOfUse(s *sentence, k int, a objectAsk) int {
	if k+2 >= len(s.toks) || !e.opensObject(s, k+1) {
		return -1
	}
	for m := k + 2; m+1 < len(s.toks) && m <= k+objectPhraseMax+1; m++ {
		if punctuatedBetween(s.text, s.toks, m) || instrumentClauseEnd[s.toks[m].lower] {
			return -1
		}
		if s.toks[m].lower == "to" && e.namesAskedAct(s, m+1, a) {
			return m
		}
	}
	return -1
}

// instrumentPhrase is the noun phrase opening at token j of s, as the
// article writes it; "" when it is too long to cut cleanly.
func (e *Engine) instrumentPhrase(s *sentence, j int) string {
	if g := e.gerundClause(s, j); g != "" {
		return g // "charged with interfering with a flight crew" (gerundobject.go)
	}
	end := e.phraseEnd(s, j)
	if end < len(s.toks) && e.headNounNotVerb(s, end) {
		end++ // "a rotary saw so the corn …": "saw" heads the phrase, no verb without its object
	}
	for m := j + 1; m < end; m++ {
		if determiners[s.toks[m].lower] || e.clauseLink(s, m) {
			end = m // "a tool the crew had built": a second determiner opens another noun phrase; "a dart and then sliced": another clause
			break
		}
	}
	for end > j+1 && slices.Contains([]string{"and", "or", "of"}, s.toks[end-1].lower) {
		end--
	}
	if end-j > objectPhraseMax {
		return ""
	}
	return s.text[s.toks[j].start:s.toks[end-1].end]
}

// headNounNotVerb reports whether token m of s, where the noun phrase
// before it was cut as at a verb, is rather that phrase's head noun: it
// can be a noun, stands in the same clause, and no object follows it, as
// one would follow a transitive past form ("a rotary saw so the corn
// could drain"; a noun phrase ends in its head, Quirk et al. 1985, §17.2).
func (e *Engine) headNounNotVerb(s *sentence, m int) bool {
	if punctuatedBetween(s.text, s.toks, m) || !e.canBe(s.toks[m].lower, "noun") || !e.clauseVerb(s, m) {
		return false
	}
	return m+1 >= len(s.toks) || punctuatedBetween(s.text, s.toks, m+1) || !e.opensObject(s, m+1)
}

// clauseLink reports whether token m of s opens another clause or
// predicate rather than continuing a noun phrase: a subordinator ("a
// layer of silver nitrate so they would …"; Quirk et al. 1985, §14.12),
// or a coordinator followed by "then" or by a word that can only be a
// verb ("a dart and then sliced", "a pole and pulled"), which joins
// predicates, not noun phrases (§13.41).
func (e *Engine) clauseLink(s *sentence, m int) bool {
	w := s.toks[m].lower
	if instrumentClauseEnd[w] && w != "and" && w != "or" && w != "but" {
		return w != "that" && w != "as" // "that" and "as" may open a noun's own postmodifier
	}
	if w != "and" && w != "or" && w != "but" || m+1 >= len(s.toks) {
		return false
	}
	n := s.toks[m+1].lower
	return n == "then" || e.onlyVerb(n)
}
