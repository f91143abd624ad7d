package lookup

// Stage 3, candidates, with pastyear.go: a sentence that dates nothing
// tells its act at the time the story has set, and a story's time is set
// by its lead (AP Stylebook, "time element": the lead gives the day of
// the news; Quirk et al., §4.11 and §19.33 on a definite past time once
// established holding for the sentences after it until another is
// given). So under a lead dated by a weekday, a later sentence with no
// time of its own that tells the lead's act again ("Vasquez won
// $12,500." after "… won the Scripps National Spelling Bee on Thursday
// night") is of the story's own week, and answers no question dated to
// "last year" or some years "ago", as a sentence dated by a weekday does
// not.

// weekdayLead is the lead when it is dated by a weekday, else nil; rank
// reads it once per question that asks of a past year.
func (e *Engine) weekdayLead() *sentence {
	if l := e.leadSentence(); l != nil && weekdayDated(l) {
		return l
	}
	return nil
}

// undatedOwnAct reports whether s, not the weekday-dated lead l, holds
// no time expression, no year and no "ago", while a word of it matched
// by the question is a word l also tells.
func undatedOwnAct(l, s *sentence, matched []int) bool {
	if l == nil || l == s || s.part == "title" || len(s.times) > 0 {
		return false
	}
	for _, t := range s.toks {
		if yearOf(t) > 0 || t.lower == "ago" || t.lower == "year" || t.lower == "years" {
			return false
		}
	}
	for _, m := range matched {
		if m >= len(s.toks) || s.toks[m].cap {
			continue
		}
		for _, lt := range l.toks {
			if lt.stem == s.toks[m].stem {
				return true
			}
		}
	}
	return false
}
