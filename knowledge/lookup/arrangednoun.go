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
	k := beforeDeterminer(s, m)
	return k >= 1 && s.toks[k].lower == "for" && scheduleVerbs[s.toks[k-1].lower] && !punctuatedBetween(s.text, s.toks, k) && !punctuatedBetween(s.text, s.toks, m)
}

// arrangedObjectNoun reports whether token m of s heads the object of a
// verb of schedule, with at most a determiner between, that a for-phrase
// of time follows: "set sentencing for April 18", "scheduled a vote for
// Tuesday". The verb arranges the nominalized act for that time (Quirk
// et al. 1985, §9.46 on "for" of intended time; §17.51–17.54), so the
// act is arranged, not done, as in the passive "set for a vote".
func arrangedObjectNoun(s *sentence, m int) bool {
	k := beforeDeterminer(s, m)
	if k < 0 || !scheduleVerbs[s.toks[k].lower] || punctuatedBetween(s.text, s.toks, m) {
		return false
	}
	for j := m + 1; j < len(s.toks) && j <= m+2; j++ {
		if punctuatedBetween(s.text, s.toks, j) {
			return false
		}
		if s.toks[j].lower == "for" {
			return j+1 < len(s.toks) && inSpans(s.times, s.toks[j+1].start)
		}
	}
	return false
}

// pendingVerbs take as object an act still wanting, in the present:
// "still needs approval from federal regulators", "requires a vote",
// "awaiting sentencing", "pending review". What one needs, requires or
// awaits one has not yet got (Merriam-Webster, "need" v. 1, "to be in
// want of"; "await" 1, "to wait for"), so the nominalized act is not
// done. The past forms are left out: "required approval" may tell a
// requirement since met.
var pendingVerbs = set("needs", "need", "requires", "require", "awaits", "await", "awaiting", "pending")

// pendingObjectNoun reports whether token m of s heads the object of a
// verb of pendingVerbs, or of "subject to", with at most a determiner
// between.
func pendingObjectNoun(s *sentence, m int) bool {
	k := beforeDeterminer(s, m)
	if k < 0 || punctuatedBetween(s.text, s.toks, m) {
		return false
	}
	return pendingVerbs[s.toks[k].lower] || k >= 1 && s.toks[k].lower == "to" && s.toks[k-1].lower == "subject"
}

// beforeDeterminer is the index of the token before noun m of s and the
// one determiner that may open its phrase, or -1.
func beforeDeterminer(s *sentence, m int) int {
	k := m - 1
	if k >= 0 && determiners[s.toks[k].lower] {
		k--
	}
	return k
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
