package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// A place named in a coordinated list (part of stage 4, where): "stranding
// passengers at airports in Seattle, Portland and Boise". The object of
// the preposition is the whole coordinated noun phrase (Quirk et al.
// 1985, chapter 13 on coordinated noun phrases: a list joins its
// conjuncts with commas and a final "and" or "or"), so the place the
// sentence gives is every name of the list, not its first. Conjuncts are
// of one kind (ibid.: coordination joins like constituents), so a name
// listed with a place is a place unless the article names a person or a
// body by it, or it is a month or a weekday.

// placeListRe is the rest of a coordinated list of names after its first:
// ", Portland and Boise", " and Boise", ", Portland, or Boise".
var placeListRe = lazyRE(`^((?:,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*),?\s+(?:and|or)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*`)

// placeListSplit splits the rest of a list into its conjuncts.
var placeListSplit = lazyRE(`,\s+(?:(?:and|or)\s+)?|\s+(?:and|or)\s+`)

// withPlaceList is place ph, which ends at byte end of s, with the names
// coordinated after it when none of them is anything but a place:
// "Seattle" → "Seattle, Portland and Boise".
func (e *Engine) withPlaceList(s *sentence, ph string, end int) string {
	if end < 0 || end > len(s.text) {
		return ph
	}
	m := placeListRe.FindString(s.text[end:])
	if m == "" {
		return ph
	}
	for _, name := range placeListSplit.Split(m, -1) {
		if name = strings.TrimSpace(name); name != "" && (e.namesNonPlace(name) || calendarName(name)) {
			return ph
		}
	}
	return ph + m
}

// namesNonPlace reports whether name holds the name, or an alias, of an
// entity the article names that is no place ("Police Chief Ann Cole").
func (e *Engine) namesNonPlace(name string) bool {
	for _, ent := range e.a.Entities {
		if ent.Kind == knowledge.Place {
			continue
		}
		if strings.Contains(name, ent.Name) || slices.ContainsFunc(ent.Aliases, func(a string) bool { return a != "" && strings.Contains(name, a) }) {
			return true
		}
	}
	return false
}
