package lookup

import (
	"strings"
)

// Places after "off" (part of stage 4, places): "off" is a preposition of
// position as well as of motion, placing a thing at a distance from a
// line or a surface, above all a coast ("anchored off Cape Cod", "the
// wreck lies off the town of Cefalu"; Quirk et al. 1985 §9.17, where
// "off" is the negative of "on"), and a news story places a ship, a wreck,
// a quake or an island with it. Its place is a name, or a noun of a place
// with the name joined by the appositive "of" ("off the coast of Maine",
// "off the island of Crete": Quirk et al. 1985 §17.45, "the city of
// Rome"), the noun filed by WordNet under a place one is on (onplace.go's
// surfaceKinds). "Off" is as often the particle of a phrasal verb ("fended
// off Smith", "laid off Acme workers"), so a name of the article's person
// and a name that premodifies a common noun after it are left out.

// offPlaceRe is "off", an optional "the NOUN of" (submatch 1 the noun),
// and a run of capitalised words (submatch 2).
var offPlaceRe = lazyRE(`\boff\s+(?:the\s+([a-z]+)\s+of\s+)?((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)`)

// withOffPlaces adds to spans (placeRe submatches of text) each place
// after "off", spanning from "off" to the end of the name.
func (e *Engine) withOffPlaces(text string, spans [][]int) [][]int {
	for _, m := range offPlaceRe.FindAllStringSubmatchIndex(text, -1) {
		if m[2] >= 0 && !e.surfaceNoun(text[m[2]:m[3]]) {
			continue // "off the back of Ellis": no place noun
		}
		if !e.offPlaceName(text, m[4], m[5]) {
			continue
		}
		spans = append(spans, []int{m[0], m[5], m[4], m[5]})
	}
	return spans
}

// offPlaceName reports whether the name at text[a:b] after "off" can be
// a place: no possessive determining a noun after it, no month or day, no
// person of the article, and no common noun after it that it premodifies.
func (e *Engine) offPlaceName(text string, a, b int) bool {
	name := strings.TrimRight(text[a:b], ",")
	if strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s") || strings.HasSuffix(name, "'") || strings.HasSuffix(name, "’") || calendarName(name) {
		return false
	}
	if m := nextWord.FindStringSubmatch(text[b:]); m != nil && !stopWords[m[1]] && e.canBe(m[1], "noun") {
		return false // "off Acme workers": the name modifies the noun
	}
	return !e.personNamed(tokenize(name))
}

// surfaceNoun reports whether WordNet files noun w under a kind of place
// one is on (surfaceKinds), whatever other senses it has: "town" is a
// location though it also names the people living there.
func (e *Engine) surfaceNoun(w string) bool {
	if e.noLex {
		return false
	}
	for _, k := range surfaceKinds {
		if e.lex.KindOf(w, k) {
			return true
		}
	}
	return false
}
