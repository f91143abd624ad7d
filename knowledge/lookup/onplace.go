package lookup

import "strings"

// Places after "on" (part of stage 4): "on" presents a place as a surface
// or a line, an island, a street, a road, a shore ("on Bald Head Island",
// "on Mill Street"; Quirk et al. §9.17), but as often a body one belongs
// to ("on the Armed Services Committee") or a medium ("on Twitter"). A
// name after "on" is a place only when its head is a noun WordNet files
// under a place.

// surfaceKinds are the WordNet nouns whose kinds are places a thing is on:
// "island" is land, "street" a way, "beach" a geological formation.
var surfaceKinds = []string{"location", "structure", "facility", "way", "land", "geological_formation", "body_of_water"}

// onPlaces drops from spans (placeRe submatches of text) each place after
// "on" whose head noun is no kind of place, or also a kind of group ("on
// the board").
func (e *Engine) onPlaces(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		if !strings.HasPrefix(text[sp[0]:sp[1]], "on ") || e.surfaceHead(text[sp[2]:sp[3]]) {
			out = append(out, sp)
		}
	}
	return out
}

// surfaceHead reports whether the last word of name is a noun of a place
// one is on, and no noun of a group.
func (e *Engine) surfaceHead(name string) bool {
	if e.noLex {
		return false
	}
	words := strings.Fields(strings.TrimRight(name, ",."))
	for len(words) > 1 && isAgeOnly(words[len(words)-1]) {
		words = words[:len(words)-1] // "Route 9": the head is "Route"
	}
	head := strings.ToLower(strings.Trim(words[len(words)-1], ".,'’"))
	return !e.lex.KindOf(head, "social_group") && e.surfaceNoun(head)
}
