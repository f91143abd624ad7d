package lookup

import "strings"

// The agent of an act named by a noun (part of stage 4, who-questions):
// "after a lawsuit by the Boise Pride Coalition" tells who sued. A noun
// phrase headed by a deverbal noun takes the doer of its verb in a
// by-phrase right after the head ("the destruction of the city by the
// enemy"; Quirk et al., §17.52–17.54 on the agentive by-phrase of
// nominalisations), so the doer asked is that agent, not the subject of
// the clause the noun phrase stands in ("Judge Stroud blocked it after a
// lawsuit by …").

// nominalAgent is the agent of the by-phrase right after a word of s that
// matches the question's act as a noun: one a determiner or a
// premodifier opens, not a verb; or of the noun's light verb
// (lightnominal.go). The noun's object may stand between, in an
// of-phrase ("the rescue of the driver by a crew"; "Certification of the
// scale by the state"): Quirk et al.'s own "the destruction of the city by
// the enemy" (§17.52), where the of-phrase is the object's and the
// by-phrase the subject's. There the noun may also be one of the verb's
// derived nouns (WordNet's derivational pointers: close → closure,
// certify → certification), since "of" after it makes it a noun.
func (e *Engine) nominalAgent(q *query, s *sentence) (string, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return "", false
	}
	if k := e.nominalActAgent(q, s); k > 0 {
		if agent, ok := e.agentAt(s, k); ok {
			return agent, true // "The discovery was made … by …" (lightnominal.go)
		}
	}
	for i, tok := range s.toks {
		if quotedAt(s, i) || i+2 >= len(s.toks) {
			continue
		}
		if b := e.ofObjectBy(t, s, i); b > 0 {
			if agent, ok := e.subjectAgentAt(s, b+1); ok {
				return agent, true // "The rescue of the driver by a crew from …"
			}
			continue
		}
		if !t.matches(tok) || tok.cap || !spaced(s, i, i+1) {
			continue
		}
		by := i + 1
		if e.supportParticipleAt(s, by) {
			by++ // "a lawsuit filed by Friends of George's": the participle's agent brought the suit
		}
		if by+1 >= len(s.toks) || s.toks[by].lower != "by" {
			continue
		}
		if i == 0 || !determiners[s.toks[i-1].lower] && !(i > 1 && determiners[s.toks[i-2].lower]) {
			continue // "was sued by": a verb, the passive's business
		}
		if agent, ok := e.agentAt(s, by+1); ok {
			return agent, true
		}
	}
	return "", false
}

// ofObjectBy is the index of the "by" that follows the of-phrase after a
// noun of act t at i of s ("closure of the highway by"), within the
// noun's own phrase: no punctuation between, and no participle or other
// verb in the of-phrase, whose by-phrase would be that verb's ("the
// rescue of a driver trapped by rocks"); -1 otherwise. The noun opens the
// sentence or follows a determiner or a genitive.
func (e *Engine) ofObjectBy(t term, s *sentence, i int) int {
	if s.toks[i+1].lower != "of" || !(i == 0 || determiners[s.toks[i-1].lower] || s.toks[i-1].poss) {
		return -1
	}
	tok := s.toks[i]
	if tok.cap && i > 0 || !(t.matches(tok) || !e.noLex && e.nounOfAct(t, tok)) {
		return -1
	}
	end := nounPhraseEnd(s, i+2)
	if end <= i+2 || end >= len(s.toks) || s.toks[end].lower != "by" || !spaced(s, i, end) {
		return -1
	}
	for k := i + 2; k < end; k++ {
		w := s.toks[k].lower
		if !s.toks[k].cap && (strings.HasSuffix(w, "ed") || e.canBe(w, "verb") && !e.canBe(w, "noun")) {
			return -1
		}
	}
	return end
}

// nominalObjectAgent answers a who-question from the first sentence that
// names its act by a noun whose of-phrase holds the question's object
// and whose by-phrase names the agent: "The closure of the highway by
// state transportation officials" tells who closed the highway as the
// clause "officials closed the highway" would (Quirk et al., §17.52,
// the of-phrase of a nominalisation as its object). It is read after
// every sentence that tells the act by its verb has named no doer
// ("the slide closed it": a thing, no one to name).
func (e *Engine) nominalObjectAgent(q *query) (reply, bool) {
	t, ok := e.askedAct(q)
	if !ok || e.askedInPassive(q, t) {
		return reply{}, false
	}
	var obj []term // the question's words but its verb: "hwy" read as "highway"
	for _, x := range q.terms {
		if x.lower != t.lower {
			obj = append(obj, x)
		}
	}
	if len(obj) == 0 {
		return reply{}, false
	}
	for k := range e.r.sents {
		s := &e.r.sents[k]
		for i := range s.toks {
			if quotedAt(s, i) || i+2 >= len(s.toks) {
				continue
			}
			b := e.ofObjectBy(t, s, i)
			if b < 0 || !termsWithin(obj, s, i+2, b) {
				continue
			}
			if agent, ok := e.subjectAgentAt(s, b+1); ok {
				return reply{found: true, head: agent, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// termsWithin reports whether one of terms matches a token of s in
// [from, to).
func termsWithin(terms []term, s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		for _, x := range terms {
			if x.matches(s.toks[k]) {
				return true
			}
		}
	}
	return false
}

// subjectAgentAt is the agent whose phrase starts at k of s, as agentAt
// reads it; when that finds none and the phrase's last word may be a
// verb, the agent read up to that word: a nominalisation that is the
// clause's subject has the clause's verb right after its by-phrase ("by
// state transportation officials cuts off the main route"), where the
// noun phrase would otherwise run on into the verb.
func (e *Engine) subjectAgentAt(s *sentence, k int) (string, bool) {
	if agent, ok := e.agentAt(s, k); ok {
		return agent, true
	}
	end := nounPhraseEnd(s, k)
	if end-1 <= k || s.toks[end-1].cap || !e.canBe(s.toks[end-1].lower, "verb") {
		return "", false
	}
	return e.agentBefore(s, k, end-1)
}

// nominalObjectAgentOrRole is nominalObjectAgent's answer, else the one
// the article calls by the question's role (definiteRole).
func (e *Engine) nominalObjectAgentOrRole(q *query) (reply, bool) {
	if r, ok := e.nominalObjectAgent(q); ok {
		return r, true
	}
	return e.definiteRole(q)
}

// supportParticipleAt reports whether token k of s is a past participle
// that postmodifies the act's noun before it with "by" right after it
// ("a lawsuit filed by", "a complaint brought by"): a support verb, whose
// subject is the doer of the act the noun names (Mel'čuk's "Oper1":
// one files a lawsuit to sue, brings a complaint to complain), so its
// agent is the noun's.
func (e *Engine) supportParticipleAt(s *sentence, k int) bool {
	return k+1 < len(s.toks) && s.toks[k+1].lower == "by" && !s.toks[k].cap && spaced(s, k, k+1) && e.pastForm(s.toks[k].lower)
}
