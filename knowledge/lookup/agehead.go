package lookup

// The age of another noun (part of stage 4, ages): a compound adjective
// of age is a premodifier, and gives the age of the head it modifies
// (Quirk et al., A Comprehensive Grammar, §17.108 on hyphenated
// compound premodifiers; AP Stylebook, "ages": "a 5-year-old boy"). In
// "found a 27-year-old man guilty … in the death of a bouncer" the man
// is 27, not the bouncer: "how old was the bouncer" is not answered by
// it. A phrase set off by commas ("The victim, a 27-year-old man,") is
// an appositive, the same person as the noun before it, and keeps its
// age for that noun.

// ageOfOtherNoun reports whether age n of s is a compound adjective of
// age that premodifies words none of which is a term of q, in a noun
// phrase no comma sets off as an appositive.
func ageOfOtherNoun(q *query, s *sentence, n quantity) bool {
	if len(q.terms) == 0 || !yearOld.MatchString(s.toks[n.tok].lower) {
		return false
	}
	if det := n.tok - 1; det >= 0 && punctuatedBetween(s.text, s.toks, det) {
		return false // "The victim, a 27-year-old man,": an appositive
	}
	held := false
	for k := n.end; k < len(s.toks) && k < n.end+4; k++ {
		if punctuatedBetween(s.text, s.toks, k) || stopWords[s.toks[k].lower] {
			break
		}
		for _, t := range q.terms {
			if t.matches(s.toks[k]) {
				return false
			}
		}
		held = true
	}
	return held
}
