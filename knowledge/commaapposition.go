package knowledge

// Close apposition has no comma (part of entity kinds). A definite noun
// classifies the name right after it only in close apposition, with
// nothing but a space between ("the journal Neurology Today"; Quirk et
// al. 1985, §17.65 and §17.70: restrictive apposition is written without
// punctuation). A comma there ends an introductory phrase before the
// clause's subject ("In a statement released by the university, Hurst
// thanked his players": AP Stylebook, "comma", introductory clauses and
// phrases), so the name is not the noun's kind.

// closeApposition reports whether the name at token i follows the token
// before it with only spaces between.
func closeApposition(p *para, i int) bool {
	return spaceOnly(p.gap(i))
}
