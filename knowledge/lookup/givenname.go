package lookup

import (
	"strings"

	"storybot/knowledge"
)

// givenNames are the first names readers call the article's people by
// ("how old is gary", "what did ellen say"), per entity: a person's
// first name, when the lists of given names hold it (so "Delmont State",
// a school read as a person, gives none), the name has two words or
// more, no other entity's name or alias holds that word, the article
// never writes it in lower case (so it is no common word: "Rose",
// "Hope"), and it is no function word. News writing uses surnames on
// second reference (AP Stylebook, "names"); chat uses first names, and a
// first name only one person bears refers to that person.
func givenNames(ents []knowledge.Entity, lower map[string]bool) map[int]string {
	owners := map[string]map[int]bool{}
	for i, e := range ents {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				if owners[w] == nil {
					owners[w] = map[int]bool{}
				}
				owners[w][i] = true
			}
		}
	}
	out := map[int]string{}
	for i, e := range ents {
		f := strings.Fields(e.Name)
		if e.Kind != knowledge.Person || len(f) < 2 {
			continue
		}
		g := strings.ToLower(f[0])
		if len(g) < 3 || !knowledge.IsGivenName(g) || lower[g] || stopWords[g] || len(owners[g]) != 1 {
			continue
		}
		out[i] = f[0]
	}
	return out
}
