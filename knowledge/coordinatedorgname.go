package knowledge

import "strings"

// Organisation names that join capitalised words with "and" (stage 1,
// names): the formal names of public bodies coordinate the nouns of
// their complement after "of", "on" or "for" ("Department of Fish and
// Wildlife", "Bureau of Alcohol, Tobacco, Firearms and Explosives",
// "Department of Recreation and Youth Services"). Capitalisation marks
// every content word of such a name while "and" stays lower case
// (Chicago Manual of Style 8.67 and 8.159, headline-style capitalisation
// of the names of organisations), so a lower-case "and" between
// capitalised words inside a body's of-complement does not end it.
// runEnd stopped at "and", so the bureau was read as "Bureau of Alcohol"
// and the words after "and" as a separate body ("Youth Services") or a
// person.
//
// The coordinate after "and" must open with neither a given name, a title
// word nor an acronym, so "the Department of Health and Gov. Ann Lee" and
// "the Department of Labor and Maria Diaz" stay two entities. The
// premodifiers of a head noun ("Food and Drug Administration") are left
// as they were: there a capitalised word before "and" is as often the
// short name of another body ("Hartwell Appliance" beside "the Appliance
// and Metal Workers Union").

// andLinked reports whether the tokens at x and x+1 are a lower-case
// "and" set off by spaces and a capitalised word of the same sentence
// that opens no person's name or title.
func andLinked(p *para, x int) bool {
	if x+1 >= len(p.toks) || p.toks[x].s != "and" || p.toks[x+1].sent != p.toks[x].sent || p.toks[x].sent != p.toks[x-1].sent {
		return false
	}
	if !spaceOnly(p.gap(x)) || !spaceOnly(p.gap(x+1)) {
		return false
	}
	next := p.toks[x+1].s
	return isCapitalised(next) && !isGivenName(next) && !isTitleToken(next) && !isAcronym(next)
}

// listedComplementEnd returns the end of an of-phrase complement that
// runs to e, extended over its coordinates: ", Word" items and a final
// "and" with a capitalised run ("of Alcohol, Tobacco, Firearms and
// Explosives", "of Recreation and Youth Services"). The ", Word" items
// are taken only when the list ends in such an "and" coordinate. It
// returns e when there is none.
func listedComplementEnd(p *para, e int) int {
	x := e
	for x+1 < len(p.toks) && strings.TrimSpace(p.gap(x)) == "," && spaceOnly(strings.Replace(p.gap(x), ",", " ", 1)) &&
		p.toks[x].sent == p.toks[x-1].sent && isCapitalised(p.toks[x].s) && !isGivenName(p.toks[x].s) && runEnd(p, x) == x+1 {
		x++
	}
	if x > e && !(x < len(p.toks) && p.toks[x].s == "and") {
		return e // a list without a closing "and" is no name's
	}
	if andLinked(p, x) && bare(p.toks[x-1].s) == p.toks[x-1].s {
		return runEnd(p, x+1)
	}
	return e
}
