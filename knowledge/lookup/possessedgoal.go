package lookup

import (
	"strings"
)

// A goal named through a possessive (part of stage 4, where): a name in
// the genitive before a noun is its determiner, not the place itself
// ("bound for Jupiter's icy moon Europa" goes to the moon; Quirk et al.
// 1985, §5.115 and §17.38 on the determinative genitive), so the goal is
// the whole noun phrase the genitive opens: its adjectives, its head
// noun and a name in apposition after it.

// possessedHead is the rest of a noun phrase after a genitive: up to
// three lower-case premodifiers, the head noun, and an appositive name.
var possessedHead = lazyRE(`^\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*(?:\s+[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*)*)?`)

// possessedGoal extends a goal p that ends in a genitive, found in text
// ending at byte end, over the noun phrase the genitive determines; p
// unchanged otherwise.
func possessedGoal(text, p string, end int) string {
	if !strings.HasSuffix(p, "'s") && !strings.HasSuffix(p, "’s") {
		return p
	}
	m := possessedHead.FindString(text[end:])
	words := strings.Fields(strings.TrimRight(m, ",."))
	for k, w := range words {
		if stopWords[strings.ToLower(w)] {
			words = words[:k] // "Jupiter's moon in 2030": the phrase ends before the preposition
			break
		}
	}
	if len(words) == 0 {
		return p
	}
	return p + " " + strings.Join(words, " ")
}
