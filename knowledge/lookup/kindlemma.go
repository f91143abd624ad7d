package lookup

// A plural formed by vowel change or by -ves ("women", "men", "calves",
// "wolves", "children") is not undone by dropping -s (Quirk et al. 1985,
// §5.83–5.85, irregular plurals), so the kind a coordinated count names
// ("three women and two men were hurt") is read by WordNet's exception
// lists (morphy(7WN)): "women" is woman, a kind of person, and the list
// sums to five people as "142 passengers and six crew members" does
// (kindcount.go).

// countedLemma is the singular of the plural noun w a count counts: its
// WordNet exception-list base when it has one, else w less its -s.
func (e *Engine) countedLemma(w string) string {
	if base := e.lex.Lemma(w); base != "" {
		return base
	}
	return singular(w)
}
