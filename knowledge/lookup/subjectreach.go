package lookup

// subjectFrom is the first token of the few words before the reporting
// verb at v of s that may hold its subject: seven words, and when the verb
// follows an appositive set off by commas ("The Friends of the Brantford
// Library, a volunteer group, said"), seven before the appositive's
// opening comma too; so too for a relative clause of any length
// (relativeOpening). A nonrestrictive appositive stands between the
// subject and its verb without changing the subject (Quirk et al., on
// nonrestrictive apposition).
func subjectFrom(s *sentence, v int) int {
	from := max(0, v-7)
	if v < 2 || !commaAfter(s, v-1) {
		return max(from, frontedAdverbialEnd(s, v))
	}
	for k := v - 2; k >= from; k-- {
		if commaAfter(s, k) {
			return max(0, k-6)
		}
	}
	if k := relativeOpening(s, v-1); k >= 0 {
		return max(0, k-6)
	}
	return from
}

// relativeOpening is the token before the comma that opens the
// nonrestrictive relative clause ending at token end ("Members of the
// Lindqvist family, who gave the land for the cemetery in 1871, said"),
// or -1. Such a clause may run to any length and, set off by commas,
// leaves its antecedent the subject of the verb after it (Quirk et al.,
// §17.22: nonrestrictive relative clauses).
func relativeOpening(s *sentence, end int) int {
	for k := end - 1; k > 0; k-- {
		if s.quoted[k] {
			return -1
		}
		if commaAfter(s, k-1) {
			if w := s.toks[k].lower; w == "who" || w == "whose" || w == "which" {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// frontedAdverbialEnd is the token after the comma that closes a
// prepositional phrase opening s before the verb at v ("In a letter to
// faculty released by the board, he wrote"), or 0: an adverbial fronted
// and set off by a comma is no part of the subject after it (Quirk et
// al. 1985, §8.15 on initial adverbials and their punctuation).
func frontedAdverbialEnd(s *sentence, v int) int {
	if len(s.toks) == 0 || !clausePreposition(s.toks[0].lower) {
		return 0
	}
	for k := v - 2; k > 0; k-- {
		if commaAfter(s, k) && !s.quoted[k] {
			return k + 1
		}
	}
	return 0
}
