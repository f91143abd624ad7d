package lookup

import "strings"

// Premodified roles in a zero-article appositive (part of reading). AP
// style gives a person's job after the name without an article and often
// with a premodifier of rank or field: "Mirela Vasquez, chief economist
// at Harwick Bank", "Ann Lee, vice president of sales", "Raj Patel,
// executive director of the food bank" (AP Stylebook, "titles": a title
// set off by commas after the name is lower case; Quirk et al., §5.34,
// zero article with nouns of unique role, and §17.104 on premodifiers of
// a noun head). The premodifiers are content words, adjectives or nouns
// of the role; a function word among them ("who worked as economist
// at") makes the phrase a clause, not an appositive.

// rolePremodifiers reports whether the words before a role noun in a
// zero-article appositive (as matched, each followed by a space; "" when
// there are none) are all premodifiers: none is a function word.
func rolePremodifiers(words string) bool {
	for _, w := range strings.Fields(words) {
		if stopWords[w] || auxiliaries[w] || whWords[w] {
			return false
		}
	}
	return true
}

// zeroArticleRole is the role of a zero-article appositive opening app,
// the text after a name (roleAppositive: "chief economist at Harwick
// Bank"), when its head is a noun for a kind of person and its
// premodifiers are content words; "" otherwise.
func (e *Engine) zeroArticleRole(app string) string {
	m := roleAppositive.FindStringSubmatch(app)
	if m == nil || e.noLex || !e.isPersonNoun(m[3]) || !rolePremodifiers(m[2]) {
		return ""
	}
	return m[1]
}
