package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A person's hometown the article names nowhere else (part of stage 4,
// places): AP style identifies a person on first reference by the town
// they come from, joined to the name by "of" ("Edna Hollister of Emporia",
// "Caleb Whitaker of Dothan"; the AP Stylebook's entry on hometowns), and
// a small town is in no gazetteer, so placeOfName, which asks that the
// article know the words after "of" as a place, misses it. A capitalised
// name after "of" that the article knows as nothing else (not a person, a
// surname, an organisation, a title or a date) is the town: the
// employer a story joins with "of" ("Lee Park of Acme Corp.") is an
// organisation the article names as one (by its head noun, its
// designator or its acts), so it is left alone.

// unknownHometown is the town "of" joins to a name at the start of rest
// when the article knows its words as no entity; "" otherwise.
func (e *Engine) unknownHometown(rest string) string {
	m := ofPlaceRe.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	for _, t := range tokenize(m[1]) {
		if stopWords[t.lower] || monthWord(t) || isTitleWord(t.lower) || isWeekday(t) {
			return ""
		}
	}
	for _, ent := range e.a.Entities {
		if knowsWords(ent, m[1]) {
			return ""
		}
	}
	return m[1] + m[2]
}

// knowsWords reports whether entity ent is named by name, or, when ent
// is a person, shares a word with it: a person's surname after "of" is
// that person, not a town. A body whose name a town's leads ("the
// Emporia Public Library") is no objection: it is named for the town.
func knowsWords(ent knowledge.Entity, name string) bool {
	names := append([]string{ent.Name}, ent.Aliases...)
	for _, n := range names {
		if strings.EqualFold(strings.TrimRight(n, "."), strings.TrimRight(name, ".")) {
			return true
		}
		if ent.Kind != knowledge.Person {
			continue
		}
		for _, w := range strings.Fields(n) {
			for _, x := range strings.Fields(name) {
				if strings.EqualFold(w, x) {
					return true
				}
			}
		}
	}
	return false
}
