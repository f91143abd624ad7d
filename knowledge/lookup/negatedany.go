package lookup

import "strings"

// "Not … any" as "no" (part of stage 4, yes/no). Under a clause negation
// the determiner "any" is the non-assertive form that stands for "no":
// "had not received any complaints" says what "had received no
// complaints" says (Quirk et al. 1985, §10.58 on "no" and §10.61 on "not
// … any" as its non-assertive equivalent). The negative determiner
// denies the noun it opens (noDeterminerBefore), so the noun opened by
// "any" right after a denied verb is denied as well; a noun opened by
// "a" or "the" under a negated verb ("did not list an attorney") is not
// read here; a bare plural one is, as "any" (negatedBareObject).

// negatedAnyObject reports whether the word at m heads or premodifies a
// noun phrase opened by "any" (within three words, no punctuation
// between) whose verb stands right before "any" and is negated in its
// verb group ("had not received any complaints", "did not find any
// damage").
func negatedAnyObject(s *sentence, m int) bool {
	for k := m - 1; k >= 1 && k >= m-3; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:") {
			return false
		}
		w := s.toks[k].lower
		if w == "any" {
			return !strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;:") && negatedVerbGroup(s, k-1) && !verbGroupAux(s.toks[k-1].lower)
		}
		if stopWords[w] || prepositions[w] || determiners[w] {
			return false
		}
	}
	return false
}

// negatedBareObject reports whether the word at m is a bare plural, with
// no determiner, right after a verb negated in its verb group ("will not
// charge tolls", "did not find survivors"): a plural with the zero
// article under a clause negation is read as "any" is, for the
// non-assertive "no" (Quirk et al. 1985, §10.58–10.61; §5.52 on the zero
// article with plurals).
func negatedBareObject(s *sentence, m int) bool {
	if m < 2 || s.toks[m].cap || singular(s.toks[m].lower) == s.toks[m].lower || !spaced(s, m-1, m) {
		return false
	}
	v := s.toks[m-1].lower
	return !stopWords[v] && !verbGroupAux(v) && !s.toks[m-1].cap && negatedVerbGroup(s, m-1)
}
