package lookup

// widennounbroader.go: stage 5's second reading (widen.go) widened by a
// noun's broader term. A reader asks by the particular noun where the
// reporter wrote the general one the noun's first sense is filed under
// ("how many drivers is the agency short": "short roughly 300
// operators"). WordNet files a noun under its hypernym, the kind it
// belongs to (Cruse 1986, "Lexical Semantics", ch. 6 on hyponymy;
// Fellbaum 1998, "WordNet", ch. 1), and a text names a thing again by a
// more general word (Halliday & Hasan 1976, "Cohesion in English",
// §6.3, the superordinate as a form of lexical reiteration), so one
// hypernym link above the first sense of a word that is only a noun is
// what the article may call it. Only a word WordNet never files as a
// verb is read, and only upward: a verb's neighbours and a noun's
// narrower kinds reach acts and things the question did not ask about
// ("officials" is not "the ambassador"). As every second reading, it is
// tried only when the strict one finds nothing.

// nounBroaderKnown returns the stems of the article's words that name the
// kind w's first noun sense is filed under, one link up; nil for a word
// that can be a verb.
func (e *Engine) nounBroaderKnown(w string) []string {
	bl, ok := e.lex.(broaderLexicon)
	if !ok || e.canBe(w, "verb") || !e.canBe(singular(w), "noun") && !e.canBe(w, "noun") {
		return nil
	}
	return e.knownAmongLinks(bl.BroaderAs(w, "noun", 1), func(n string) []string { return []string{n} })
}
