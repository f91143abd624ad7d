package lookup

import "strings"

// An act asked as under way, told as past (part of stage 3, candidates):
// a question in the present progressive ("how many paintings is she
// donating") asks of an act going on at the time of speaking (Quirk et
// al., A Comprehensive Grammar, §4.21-4.22), while a sentence that tells
// the act in the simple past with a year after "in" ("donated 12
// paintings in 2015") tells it at a definite time before now (§4.11,
// §4.17): another occasion of it, as a story's paragraph of background
// tells an earlier gift, an earlier storm. Such a sentence answers the
// question only when no other does, as earlierOccasion's do.

// presentBe are the present forms of "be" (Quirk et al., ch. 3).
var presentBe = set("is", "are", "am", "'s")

// asksPresentProgressive reports whether q holds a present form of "be"
// followed by an -ing participle that is one of its terms.
func asksPresentProgressive(q *query) bool {
	be := false
	for _, t := range q.toks {
		if presentBe[t.lower] {
			be = true
			continue
		}
		if be && strings.HasSuffix(t.lower, "ing") {
			for _, tm := range q.terms {
				if tm.lower == t.lower {
					return true
				}
			}
		}
	}
	return false
}

// pastDatedAct reports whether a matched word of s is a verb in the
// simple past in -ed (no auxiliary before it) and s dates it by a year
// after "in".
func pastDatedAct(s *sentence, matched []int) bool {
	past := false
	for _, m := range matched {
		if m > 0 && strings.HasSuffix(s.toks[m].lower, "ed") && !auxiliaries[s.toks[m-1].lower] && !s.toks[m].cap {
			past = true
		}
	}
	if !past {
		return false
	}
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k-1].lower == "in" && yearOf(s.toks[k]) > 0 {
			return true
		}
	}
	return false
}
