package lookup

// subjectFrom is the first token of the few words before the reporting
// verb at v of s that may hold its subject: seven words, and when the verb
// follows an appositive set off by commas ("The Friends of the Brantford
// Library, a volunteer group, said"), seven before the appositive's
// opening comma too. A nonrestrictive appositive stands between the
// subject and its verb without changing the subject (Quirk et al., on
// nonrestrictive apposition).
func subjectFrom(s *sentence, v int) int {
	from := max(0, v-7)
	if v < 2 || !commaAfter(s, v-1) {
		return from
	}
	for k := v - 2; k >= from; k-- {
		if commaAfter(s, k) {
			return max(0, k-6)
		}
	}
	return from
}
