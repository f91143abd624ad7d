package lookup

// A to-infinitive clause postmodifies a noun ("plans to raise prices",
// "an intention to sell"; Quirk et al. 1985, §17.30), so a negative
// determiner before that noun negates the clause with it: a firm that
// "had no plans to raise its prices" is not raising them, as "found no
// evidence of fraud" found none (§10.58, the negative determiner).

// infinitiveOfNoun reports whether token k of s is the "to" of an
// infinitive whose verb is the matched word m, right after a content
// word that may be the noun it postmodifies.
func infinitiveOfNoun(s *sentence, m, k int) bool {
	return k == m-1 && k > 0 && s.toks[k].lower == "to" && !stopWords[s.toks[k-1].lower] && !commaBetween(s, k-1, k+1)
}
