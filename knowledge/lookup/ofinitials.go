package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Initialisms that write "of" (part of stage 1): the departments of
// American government initial their names with the letter of their "of"
// ("Department of Transportation" is DOT, "Department of Justice" DOJ,
// "Department of Defense" DOD, as the GPO Style Manual's ch. 9 and the
// departments themselves write them), and a department of a state or of
// the nation is initialled without the place that owns it, the place
// written before the initials or left to the story ("the Kansas
// Department of Transportation (KDOT)", then "DOT"; "the U.S. Department
// of Transportation (DOT)"). A reader types those initials in lower
// case ("when will the dot finish"), so they name the department.

// ofInitialisms returns the initialisms of organisation name words f
// that write its "of", as forms of the name: of the whole name, and of
// the name without a leading place (place reports whether a word names
// one), alone and after that place ("kansas dot"). Each initialism has
// three letters or more, and none is a word the article writes in lower
// case (lower), which would name the department wherever that word
// stands ("a dot on the map").
func ofInitialisms(f []string, place func(string) bool, lower map[string]bool) [][]string {
	var out [][]string
	owner := ""
	for len(f) > 2 {
		if ini := ofInitials(f); len(ini) >= 3 && !lower[ini] && !stopWords[ini] {
			out = append(out, []string{ini})
			if owner != "" {
				out = append(out, []string{owner, ini})
			}
		}
		if !place(f[0]) {
			break
		}
		owner, f = f[0], f[1:] // "kansas department of transportation": "dot" too
	}
	return out
}

// ofInitials is the initialism of name words f that writes the letter of
// each "of" between its other words, or "" when f holds no "of", or a
// word with periods ("u.s."), which no such initialism spells.
func ofInitials(f []string) string {
	var b strings.Builder
	of := false
	for k, w := range f {
		switch {
		case w == "" || strings.Contains(w, "."):
			return ""
		case w == "of" && k > 0 && k < len(f)-1:
			of = true
			b.WriteByte('o')
		case !stopWords[w]:
			b.WriteByte(w[0])
		}
	}
	if !of {
		return ""
	}
	return b.String()
}

// placeNameWords returns a test of whether a word is the one-word name or
// an alias of a place among ents, or a national initialism with periods
// ("u.s."), which names a nation.
func placeNameWords(ents []knowledge.Entity) func(string) bool {
	one := map[string]bool{}
	for _, e := range ents {
		if e.Kind != knowledge.Place {
			continue
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if f := strings.Fields(strings.ToLower(n)); len(f) == 1 {
				one[f[0]] = true
			}
		}
	}
	return func(w string) bool { return one[w] || undotted(w) != "" }
}
