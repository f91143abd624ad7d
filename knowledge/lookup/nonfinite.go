package lookup

// nonFiniteAuxiliaries are the non-finite forms of the primary auxiliaries
// BE and HAVE (Quirk et al. 1985, §3.21–3.24: the infinitive, -ing and -ed
// participle forms). After a modal or a perfect they stand in the
// auxiliary chain between a negation and the verb it negates ("would not
// be affected", "has not been charged", "will not have finished"), so a
// denial reads past them as past the finite auxiliaries. The finite forms
// are in auxiliaries, which also opens questions; these never do.
var nonFiniteAuxiliaries = set("be", "been", "being", "have", "having")

// negativePronouns are the negative pronouns that can be a clause's
// subject (Quirk et al. 1985, §6.62: nobody, no one, none, nothing).
var negativePronouns = set("nobody", "none", "nothing", "no-one")

// negativeSubjectBefore reports whether the word at m is in the predicate
// of a clause whose subject is a negative pronoun: "No one would face
// charges" negates the whole clause (§10.58: a negative subject makes the
// clause negative), so it denies "charges" as "did not" would.
func negativeSubjectBefore(s *sentence, m int) bool { return negativeSubject(s, m) != "" }

// negativeSubject is the negative pronoun, in lower case ("no one",
// "nobody"), that is the subject of the clause whose predicate holds the
// word at m, or "". The subject stands at most four words before m with
// no comma between, and an auxiliary or the verb follows it.
func negativeSubject(s *sentence, m int) string {
	for k := m - 1; k >= 0 && k >= m-4; k-- {
		if commaBetween(s, k, k+1) {
			return ""
		}
		w, next := s.toks[k].lower, k+1
		if w == "no" && next < m && s.toks[next].lower == "one" {
			w, next = "no one", next+1
		} else if !negativePronouns[w] {
			continue
		}
		if next == m || auxiliaries[s.toks[next].lower] || next == m-1 {
			return w
		}
		return ""
	}
	return ""
}
