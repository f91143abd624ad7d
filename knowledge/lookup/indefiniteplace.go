package lookup

import (
	"slices"
)

// A name under an indefinite article (part of stage 4, places): "bought
// the ticket at a Kwik Fuel gas station on Route 9". A proper noun takes
// no indefinite article; after "a" or "an" a name is a premodifier of a
// common noun ("a Kwik Fuel gas station", "a Toledo couple"; Quirk et al.
// 1985, §5.60–5.66 on proper nouns with articles, §17.104 on nouns as
// premodifiers), so the phrase is a place only when its head is a place
// noun (placeNoun), and then it is the place a where-question asks, like
// a name after "at": "at a Kwik Fuel gas station", not "a Toledo couple".

// indefinitePlaceRe is a preposition of position or source, "a" or "an",
// and a run of capitalised words (submatch 1, from the article).
var indefinitePlaceRe = lazyRE(`\b(?:in|at|on|near|outside|from)\s+(an?\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)`)

// indefiniteNamedPlaces are the spans of text of a name under "a" or "an"
// after a preposition of place, each run on to its common head, kept only
// when that head is a place noun.
func (e *Engine) indefiniteNamedPlaces(text string) [][]int {
	if e.noLex {
		return nil
	}
	found := indefinitePlaceRe.FindAllStringSubmatchIndex(text, -1)
	ends := make([]int, len(found))
	for k, sp := range found {
		ends[k] = sp[3]
	}
	headed := e.withCommonHead(text, found)
	var out [][]int
	for k, sp := range headed {
		if sp[3] > ends[k] {
			out = append(out, sp)
		}
	}
	return out
}

// withIndefinitePlaces adds to spans the indefinite named places of text,
// in the order of the text.
func (e *Engine) withIndefinitePlaces(text string, spans [][]int) [][]int {
	more := e.indefiniteNamedPlaces(text)
	if len(more) == 0 {
		return spans
	}
	out := append(slices.Clone(spans), more...)
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}
