package lookup

import "strings"

// What happened to the story's topic: "what happened to the chapel" of a
// story headlined "Lightning fire guts Vermont chapel" asks the event the
// whole story reports, and a news story tells that event first, in its
// lead (the inverted pyramid; AP Stylebook, "lead"). Later sentences that
// hold the topic's word tell a part or a consequence of it ("the chapel's
// organ was consumed", "the chapel was insured"). So when the headline
// names what is asked about (headlineTopic, nexttopic.go) and the lead
// holds it too, the lead answers; otherwise the sentence that tells what
// the thing underwent does (undergoer.go).

// topicFate is the lead when q asks what happened to the headline's topic
// and the lead holds it.
func (e *Engine) topicFate(q *query) (reply, bool) {
	lead := e.leadSentence()
	if lead == nil || happenedToHead(q).lower == "" || !e.headlineTopic(q) {
		return reply{}, false
	}
	head := happenedToHead(q)
	for _, c := range e.rank(q, func(s *sentence) bool { return s == lead }) {
		if c.coverage < 0.999 || c.subjects != len(q.subjects) || allQuoted(lead, c.matched) {
			continue
		}
		for _, k := range c.matched {
			if head.matches(lead.toks[k]) && !quotedAt(lead, k) && e.endsNounPhrase(lead, k) {
				return reply{found: true, used: []*sentence{lead}}, true
			}
		}
	}
	return reply{}, false
}

// endsNounPhrase reports whether the noun at k heads its noun phrase: in
// English the head comes last before its postmodifiers (Quirk et al.
// 1985, §17.2), so what follows it is punctuation, the end, a
// preposition, a relative pronoun, a coordinator, an auxiliary, a name
// or a verb;
// a noun after it makes it a premodifier ("bell" of "bell tower", §17.104).
func (e *Engine) endsNounPhrase(s *sentence, k int) bool {
	if k+1 >= len(s.toks) || strings.TrimSpace(s.text[s.toks[k].end:s.toks[k+1].start]) != "" {
		return true
	}
	w := s.toks[k+1].lower
	switch {
	case prepositions[w] || w == "in" || relativePronouns[w] || auxiliaries[w] || w == "and" || w == "or" || w == "but" || s.toks[k+1].cap:
		return true // prepositions leaves out "in", a place's; a capitalised word starts a name or a day, no compound of a common noun
	case e.canBe(w, "noun") || e.canBe(w, "adj"):
		return false
	}
	return true
}
