package lookup

import "strings"

// Unasserted clauses (part of stage 5): a clause the sentence neither
// states nor denies.

// unassertedClause reports whether every matched token of s stands in a
// clause the sentence does not assert: an interrogative clause opened by
// "whether" ("it is unclear whether the drug works"), or a "that" clause
// complementing a negated verb or noun ("cannot prove that walking
// prevents dementia", "found no evidence that the dam failed"). Under
// negation such a clause is neither stated nor denied: "prove", "show" and
// "say" are not factive, so "did not prove that p" leaves p open
// (Kiparsky and Kiparsky, "Fact", 1970; Quirk et al. on the scope
// of negation). A verb that itself negates its clause ("did not deny
// that") is left to the other rules. Nor does a conditional clause
// assert its content ("If convicted, he faces 20 years": Quirk et al.,
// §15.33, a direct condition leaves its truth open). Words before a
// "whether" clause whose subject is a third-person pronoun may stand
// outside it: the pronoun takes them up ("The bank would not say whether
// it paid a ransom" leaves open whether the bank paid).
func unassertedClause(s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	wh := pronounWhether(s, matched)
	for _, m := range matched {
		if !inUnassertedClause(s, m) && !inCondition(s, m) && m >= wh {
			return false
		}
	}
	return true
}

// pronounWhether is the token of the first "whether" of s followed by a
// third-person subject pronoun ("whether it", "whether they") whose
// clause holds a matched token, or -1. An interrogative clause's subject
// pronoun refers back to the matrix clause (Quirk et al. on subordinate
// interrogative clauses and on anaphoric reference), so the words it takes up are no more asserted
// than the clause.
func pronounWhether(s *sentence, matched []int) int {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower != "whether" || !thirdPersonSubjects[s.toks[k+1].lower] {
			continue
		}
		for _, m := range matched {
			if m > k+1 && inUnassertedClause(s, m) {
				return k
			}
		}
		return -1
	}
	return -1
}

// thirdPersonSubjects are the third-person personal pronouns in the
// subjective case (Quirk et al. 1985, personal pronouns).
var thirdPersonSubjects = set("he", "she", "it", "they")

// inUnassertedClause reports whether token m follows, within its clause
// (no comma or semicolon between), a "whether" or a "that" after a
// negated head.
func inUnassertedClause(s *sentence, m int) bool {
	for k := m - 1; k >= 0; k-- {
		if gap := s.text[s.toks[k].end:s.toks[k+1].start]; strings.ContainsAny(gap, ",;:") {
			return false
		}
		switch s.toks[k].lower {
		case "whether":
			return true
		case "that":
			return negatedHead(s, k)
		}
	}
	return false
}

// negatedHead reports whether a plain negator ("not", "n't", "never",
// "no", "cannot") stands within the three words before the "that" at k,
// and none of them is a verb of denial or doubt, whose own negation
// asserts the clause ("did not deny that").
func negatedHead(s *sentence, k int) bool {
	found := false
	for j := max(0, k-3); j < k; j++ {
		w := s.toks[j].lower
		if denialVerbs[w] {
			return false
		}
		found = found || plainNegators[w] || strings.HasSuffix(w, "n't")
	}
	return found
}

// plainNegators are the negative words of clause negation (Quirk et al.
// §10.54–10.60), without the verbs the negations list also holds.
var plainNegators = set("not", "never", "no", "cannot", "n't")

// denialVerbs negate the clause they take (Quirk et al., the
// "implied negation" of deny, doubt and dispute); negating them asserts it.
var denialVerbs = set("deny", "denied", "denies", "denying", "doubt", "doubted", "doubts",
	"dispute", "disputed", "disputes", "rule", "ruled")
