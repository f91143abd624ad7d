package lookup

// The charge a modifier sets apart (part of stage 4, yes/no): a split
// verdict may name one offence twice, in two degrees, "found him guilty
// of second-degree murder … but acquitted him of … first-degree murder".
// The head noun "murder" is governed by both verdicts; the premodifier
// that restricts it ("first-degree", "second-degree") picks out which
// charge is meant (Quirk et al., A Comprehensive Grammar, §17.3 and
// §17.97-17.104 on restrictive premodification: a restrictive modifier
// distinguishes its head's referent from others of the same class). So
// when the question's charge words are governed by verdicts that
// disagree, the words that occur once in the sentence, the modifier that
// sets the charge apart, decide which verdict it is. With no such word
// ("was he convicted of murder") the verdict on the charge asked is
// split, and the answer says so rather than Yes or No: either alone
// would tell half the verdict as the whole.

// distinctMatches is the tokens of s that match a term of terms which
// matches no other token of s.
func distinctMatches(s *sentence, terms []term) []int {
	var out []int
	for _, t := range terms {
		at, n := -1, 0
		for k, tok := range s.toks {
			if t.matches(tok) || t.phraseAt(s.toks, k) {
				at, n = k, n+1
			}
		}
		if n == 1 {
			out = append(out, at)
		}
	}
	return out
}

// splitVerdict is chargeVerdictOf's value for a charge two verdicts of
// one sentence govern, no modifier setting them apart.
const splitVerdict = 3

// chargeVerdictOf is the verdict chargeGovernedBy finds for the matched
// tokens of s, or, when they disagree, for those of the charge terms
// that occur once in s; splitVerdict when those disagree as well or no
// term occurs once.
func chargeVerdictOf(s *sentence, matched []int, charge []term) int {
	if got := chargeGovernedBy(s, matched); got != 0 {
		return got
	}
	d := distinctMatches(s, charge)
	if len(d) > 0 && len(d) < len(charge) {
		if got := chargeGovernedBy(s, d); got != 0 {
			return got
		}
	}
	if governedBoth(s, matched) {
		return splitVerdict
	}
	return 0
}

// governedBoth reports whether a verdict of guilt governs one matched
// token of s and one of innocence another.
func governedBoth(s *sentence, matched []int) bool {
	seen := map[int]bool{}
	for _, m := range matched {
		seen[chargeGovernedBy(s, []int{m})] = true
	}
	return seen[1] && seen[-1]
}
