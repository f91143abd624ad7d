package lookup

// "Other" inside a negated noun phrase (part of stage 4, yes/no): "other"
// is a postdeterminer, standing after the determiner and before the head
// within one noun phrase ("no other equipment"; Quirk et al. 1985, §5.52
// on postdeterminers), and news writing often closes a coordinated
// negative subject with it ("no amplifiers or other equipment were
// taken", "no injuries or other damage was reported"): the negative
// determiner "no" still opens the whole coordinated phrase, so the clause
// is negative (§10.58), as "no bank or card numbers were taken" is.

// postdeterminerInPhrase reports whether word k of s is "other" inside a
// noun phrase: a content word follows it.
func postdeterminerInPhrase(s *sentence, k int) bool {
	return s.toks[k].lower == "other" && k+1 < len(s.toks) && !stopWords[s.toks[k+1].lower]
}
