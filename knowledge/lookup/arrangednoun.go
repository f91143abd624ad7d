package lookup

// Acts arranged by a noun (part of stage 4, yes/no): a verb of schedule
// takes the act it arranges as a for-phrase as well as a to-infinitive
// ("was scheduled for replacement in 2027", "is set for demolition",
// "was slated for closure"). The for-phrase of a verb of arrangement
// names its intended goal (Quirk et al. 1985, §9.46, "for" of purpose and
// intended destination), and the nominalized act in it is arranged, not
// done (§17.51–17.54 on deverbal nouns keeping their verb's meaning), as
// the act after "scheduled to" is (notyet.go). So "did they replace the
// pipe" is not answered yes by "scheduled for replacement".

// arrangedForNoun reports whether token m of s is the head of a
// for-phrase right after a verb of schedule (futuretime.go's
// scheduleVerbs), with at most a determiner between: "scheduled for
// replacement", "set for a vote".
func arrangedForNoun(s *sentence, m int) bool {
	k := m - 1
	if k >= 0 && determiners[s.toks[k].lower] {
		k--
	}
	return k >= 1 && s.toks[k].lower == "for" && scheduleVerbs[s.toks[k-1].lower] && !punctuatedBetween(s.text, s.toks, k) && !punctuatedBetween(s.text, s.toks, m)
}

// holdsActAsVerb reports whether a matched word of s is the act term t as
// a verb, not as a noun alone: a tensed or participle verb tells an act
// as done, while a deverbal noun names it without tense or assertion
// ("to pay for faster pipe replacement" names a replacement no one has
// made; Quirk et al. 1985, §17.51–17.54 on nominalization), so only the
// verb can tell as done an act another sentence gives as arranged.
func (e *Engine) holdsActAsVerb(s *sentence, c candidate, t term) bool {
	for _, m := range c.matched {
		if t.matches(s.toks[m]) && !e.nounOnlyForm(s.toks[m].lower) {
			return true
		}
	}
	return false
}
