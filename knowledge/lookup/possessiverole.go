package lookup

import "strings"

// Relations told by a possessive pronoun (part of reading, what the
// article calls each person): news writing introduces a relative or an
// aide by their tie to someone just named, with a possessive determiner
// ("His mother, Karen Brandvold,"; "Her coach, Tom Rasku,"), which stands
// for the genitive of its antecedent (Quirk et al. 1985, §6.29 on
// possessive determiners, §5.115 on the genitive with relational nouns):
// "His sister" after a sentence about Gary Pruett is "Gary Pruett's
// sister", as the article might have written it. So written, the role
// names the person it ties the holder to, and "who is pruett's sister"
// finds her as "who is pruett's lawyer" finds "Pruett's lawyer, Neil
// Abramson".

// ownedRole writes description d, found at byte at of sentence s as a
// description of x, with the person its opening possessive pronoun
// refers to in place of the pronoun; d as it is when it opens with none,
// or the pronoun refers to no one else.
func (e *Engine) ownedRole(d string, s *sentence, at, x int) string {
	w, rest, ok := strings.Cut(d, " ")
	g, _ := pronounGender([]token{{lower: strings.ToLower(w)}}) // "his" or "her": "their" and "its" name no one person
	if !ok || g == 0 || at < 0 {
		return d
	}
	y := e.r.antecedent(e.indexOf(s), at, g)
	if y < 0 || y == x {
		return d
	}
	return e.a.Entities[y].Name + "'s " + rest
}
