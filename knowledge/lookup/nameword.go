package lookup

// A common noun inside a proper name (part of stage 3): "Gilmore Funeral
// Home", "First Baptist Church" and "Mid-Delta Health System" are names
// built from common nouns, and as names they refer to the institution, not
// to the thing the noun means (Quirk et al. 1985, §5.64–5.66, proper nouns
// built from common ones). A question asking about "the funeral" is about
// the event, which the article writes in lower case; a sentence that holds
// the word only as one word of a longer capitalised name, none of whose
// other words the question asks, is weaker evidence for it.

// inNameOnly reports whether token k of s stands inside a proper name:
// capitalised, not the sentence's first word, in a run of at least two
// capitalised words, none of the run's other words a term of q.
func inNameOnly(q *query, s *sentence, k int) bool {
	if k == 0 || !s.toks[k].cap {
		return false
	}
	lo, hi := k, k
	for lo > 1 && s.toks[lo-1].cap && !punctuatedBetween(s.text, s.toks, lo) {
		lo--
	}
	for hi+1 < len(s.toks) && s.toks[hi+1].cap && !punctuatedBetween(s.text, s.toks, hi+1) {
		hi++
	}
	if lo == hi {
		return false
	}
	for j := lo; j <= hi; j++ {
		if j == k {
			continue
		}
		for _, t := range q.terms {
			if t.matches(s.toks[j]) {
				return false // "the fire department": the question names the institution
			}
		}
	}
	return true
}

// nameWordWeight is what a match at token k of s counts toward a term's
// frequency: a quarter inside a proper name the question does not
// otherwise ask about, when the sentence holds the question only through
// such names (named is nameOnlyMatches' answer), one elsewhere. A sentence
// that also holds a question word outside the name is about the thing
// ("the father … arrived from the Cedar Ridge Zoo under a recommendation
// from the Rhino Recovery Alliance" answers of the dad rhino).
func nameWordWeight(q *query, s *sentence, k int, named bool) float64 {
	if named && inNameOnly(q, s, k) {
		return 0.25
	}
	return 1
}

// nameOnlyMatches reports whether every token of s that matches a term of
// q stands inside a proper name the question does not otherwise ask
// about, and some token does.
func nameOnlyMatches(q *query, s *sentence) bool {
	some := false
	for _, t := range q.terms {
		for k, tok := range s.toks {
			if !t.matches(tok) {
				continue
			}
			if !inNameOnly(q, s, k) {
				return false
			}
			some = true
		}
	}
	return some
}
