package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// News writing names a person after the possessive of the country, state
// or town they come from or represent ("Kenya's Daniel Kiptoo",
// "Ethiopia's Meseret Alemu"; AP's sports agate and world-news leads use
// the same form), so "where is Kiptoo from" is answered by that place.

// possessivePlaceRe is a capitalised name in the possessive ending just
// before a person's name ("Kenya's ", "Texas' ").
var possessivePlaceRe = lazyRE(`([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)(?:['’]s|s['’])\s+$`)

// possessivePlace is the place entity whose possessive stands just before
// the name span that starts at byte at of s ("Kenya" of "Kenya's Daniel
// Kiptoo"), or "".
func (e *Engine) possessivePlace(s *sentence, at int) string {
	m := possessivePlaceRe.FindStringSubmatch(s.text[:at])
	if m == nil {
		return ""
	}
	name := m[1]
	if strings.HasSuffix(m[0], "s'") || strings.HasSuffix(m[0], "s’") {
		name += "s" // "Texas' John Smith": AP's possessive of a name ending in s
	}
	for _, ent := range e.a.Entities {
		if ent.Kind == knowledge.Place && (ent.Name == name || slices.Contains(ent.Aliases, name)) {
			return name
		}
	}
	return ""
}
