package lookup

// The prefix un- makes of an adjective or a participle its contradictory,
// "not X" (Quirk et al. 1985, App. I.21: "unhurt", "unharmed",
// "uninsured", "unpaid"). WordNet 3.0 lists most such words but links few
// of them to their base as antonyms ("unhurt" reaches "hurt" only
// indirectly, through "uninjured"), so a sentence saying the boy was
// "otherwise unhurt" would not answer "was the boy hurt". A word the
// question asks and the article writes with un- is an antonym of it.

// unPrefixedKnown returns the stems of the article's adjectives that are
// w, or a single-word WordNet synonym of it ("injured": hurt), with the
// negative prefix un- ("unhurt"): the form must be written and be an
// adjective in WordNet.
func (e *Engine) unPrefixedKnown(w string) []string {
	if e.noLex || len(w) < 3 || stopWords[w] {
		return nil
	}
	var out []string
	for _, x := range append([]string{w}, e.lex.Synonyms(w)...) {
		neg := "un" + x
		if st := stemOf(neg); e.r.words[neg] && !stopWords[x] && e.canBe(neg, "adj") && !containsStr(out, st) {
			out = append(out, st)
		}
	}
	return out
}
