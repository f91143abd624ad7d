package lookup

import "strings"

// Free-choice "any" (part of stage 5, yes/no). A noun phrase determined by
// "any" in a clause without negation refers to no particular thing and
// does not assert that one exists ("members would vote on any new offer":
// whatever offer there may be; Quirk et al., §6.59–6.62 on "any" as a
// non-assertive and free-choice determiner, §10.61 on assertive and
// non-assertive forms). Such a sentence neither states nor denies that
// the thing exists or the act was done. Under a negation "any" is the
// non-assertive form of "no" ("did not make any offer") and is left to the
// rules of denial.

// freeChoiceMatched reports whether a matched token of s stands in a noun
// phrase of free-choice "any": the thing asked about is then one the
// sentence does not say exists ("the council would review any new plan"
// says nothing of whether the council got a new plan).
func freeChoiceMatched(s *sentence, matched []int) bool {
	for _, m := range matched {
		if inFreeChoiceAny(s, m) {
			return true
		}
	}
	return false
}

// inFreeChoiceAny reports whether token m heads or premodifies a noun
// phrase opened by "any", within three words, no punctuation between, and
// no negation earlier in the sentence.
func inFreeChoiceAny(s *sentence, m int) bool {
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:") {
			return false
		}
		w := s.toks[k].lower
		if w == "any" {
			return !negatedBefore(s, k)
		}
		if stopWords[w] || prepositions[w] || determiners[w] {
			return false
		}
	}
	return false
}

// negatedBefore reports whether a negation stands before token k of s.
func negatedBefore(s *sentence, k int) bool {
	for j := 0; j < k; j++ {
		if negations[s.toks[j].lower] || strings.HasSuffix(s.toks[j].lower, "n't") {
			return true
		}
	}
	return false
}
