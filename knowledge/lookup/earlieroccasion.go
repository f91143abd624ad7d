package lookup

import "slices"

// Stage 3, candidates: a sentence that tells an earlier occasion of the
// thing asked, with the words "last" or "previous" set a little apart
// from the noun matched: over its adjectives ("the region's last deadly
// landslide"), or as the adverb before the clause's verb ("The region
// last suffered a major quake in 1997"). Both tell the most recent
// occasion before the one spoken of (Quirk et al., A Comprehensive
// Grammar of the English Language, 5.22 on the general ordinals, 8.55
// on adjuncts of time relation), and a disaster or crime story closes
// with such a paragraph of history (AP Stylebook, on background in
// news stories). A question that names no earlier time asks of the
// story's own event, so those sentences answer it only when no other
// does.

// earlierOccasionWords are the general ordinal and the adverbs that set
// an occasion before the one spoken of; "prior" is left out, as "prior
// to" is a preposition.
var earlierOccasionWords = set("last", "previous", "previously")

// earlierOccasionReach is how many words may stand between such a word
// and the noun matched: a verb, an article and an adjective ("last
// suffered a major quake").
const earlierOccasionReach = 4

// earlierOccasion reports whether s speaks of a matched word as of an
// earlier occasion: "last", "previous" or "previously" within a few words
// before it, in the same clause, not as a deictic time ("last year"). A
// question that itself asks of an earlier time (earlierWords) or names a
// year is never told of another occasion by this, nor is one asking the
// mark itself in other words (asked: "the final service" of "the last
// service", askedordinal.go).
func earlierOccasion(q *query, s *sentence, matched []int, asked func(string) bool) bool {
	if asksEarlierTime(q) {
		return false
	}
	for _, m := range matched {
		for j := m - 1; j >= 0 && j >= m-earlierOccasionReach; j-- {
			if punctuatedBetween(s.text, s.toks, j+1) || clauseBreak(s.toks[j].lower) {
				break
			}
			if earlierOccasionMark(s.toks, j) && !asked(s.toks[j].lower) {
				return true
			}
		}
	}
	return datedEarlierOccasion(s) || asksPresentProgressive(q) && pastDatedAct(s, matched)
}

// earlierOccasionMark reports whether token j is "last", "previous" or
// "previously" setting an earlier occasion, not opening a deictic time
// ("last year", "last Monday").
func earlierOccasionMark(toks []token, j int) bool {
	return earlierOccasionWords[toks[j].lower] && !deicticTime(toks, j) && !weekdayAfter(toks, j) || attributiveEarlier(toks, j)
}

// attributiveEarlier reports whether token j is "earlier" premodifying a
// noun after a determiner ("the only earlier crossing", "an earlier
// attempt"): the comparative used attributively means "previous" (Quirk
// et al., §7.85 on comparatives of time), while the adverb ("Earlier
// Tuesday, …", "as reported earlier") tells the story's own day and is
// no mark.
func attributiveEarlier(toks []token, j int) bool {
	if toks[j].lower != "earlier" || j == 0 || j+1 >= len(toks) || toks[j+1].cap || deicticTime(toks, j) || weekdayAfter(toks, j) {
		return false
	}
	k := j - 1
	if toks[k].lower == "only" && k > 0 {
		k-- // "the only earlier crossing"
	}
	return determiners[toks[k].lower] && !timeOpeners[toks[j+1].lower]
}

// timeOpeners are the words after "earlier" that make it part of a time
// adjunct, not a premodifier ("earlier this year", "earlier that day",
// "earlier in the week").
var timeOpeners = set("this", "that", "in", "on", "at", "today", "tonight", "than")

// datedEarlierOccasion reports whether s tells an earlier occasion and
// dates it by a year ("The region last suffered a major quake in 1997,
// when a … temblor killed more than 300 people"): the paragraph of
// history, all of whose figures are the earlier occasion's.
func datedEarlierOccasion(s *sentence) bool {
	marked, dated := false, false
	for j, t := range s.toks {
		marked = marked || earlierOccasionMark(s.toks, j)
		dated = dated || yearOf(t) > 0
	}
	return marked && dated
}

// asksEarlierTime reports whether q names a year or a word of earlier
// time ("last", "before", "previous", "ago").
func asksEarlierTime(q *query) bool {
	for _, t := range q.toks {
		if earlierWords[t.lower] || yearOf(t) > 0 {
			return true
		}
	}
	return false
}

// clauseBreak reports whether w opens another clause: a subordinator, a
// relative pronoun or a coordinator of clauses.
func clauseBreak(w string) bool {
	return subordinators[w] || relativePronouns[w] || w == "and" || w == "but" || w == "or"
}

// weekdayAfter reports whether the token after j names a weekday ("last
// Monday"), a deictic time.
func weekdayAfter(toks []token, j int) bool {
	if j+1 >= len(toks) || len(toks[j+1].lower) < 3 {
		return false
	}
	_, ok := weekdayNames[toks[j+1].lower[:3]]
	return ok && toks[j+1].cap
}

// splitEarlierOccasions parts cands, in order, into those that tell of
// the story's own occasion and those that tell of an earlier one
// (earlierOccasion, yearDatedOccasion, measuredAfterAct).
func (e *Engine) splitEarlierOccasions(q *query, cands []candidate) (own, earlier []candidate) {
	lead := e.leadSentence()
	for _, c := range cands {
		s := &e.r.sents[c.s]
		if e.namesOtherOccasion(s, c.matched, lead) {
			own = append(own, c) // "how many homes did the Marshall fire destroy": the question names that occasion
		} else if earlierOccasion(q, s, c.matched, e.ordinalAsked(q)) || e.yearDatedOccasion(q, s, c.matched) || !asksEarlierTime(q) && measuredAfterAct(s, c.matched) {
			earlier = append(earlier, c)
		} else {
			own = append(own, c)
		}
	}
	return own, earlier
}

// namesOtherOccasion reports whether a matched word of s is part of a
// proper name (capitalised, not opening the sentence) that the lead does
// not hold: the question names the earlier occasion itself ("the
// Marshall fire in December 2021, which destroyed more than 1,000
// homes"), so that sentence is its own, not background to yield.
func (e *Engine) namesOtherOccasion(s *sentence, matched []int, lead *sentence) bool {
	if lead == nil || lead == s {
		return false
	}
	for _, m := range matched {
		t := s.toks[m]
		if t.cap && !sentenceStart(s, m) && !slices.ContainsFunc(lead.toks, func(l token) bool { return l.lower == t.lower }) {
			return true
		}
	}
	return false
}
