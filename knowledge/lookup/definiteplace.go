package lookup

import "strings"

// A place named with "the" (part of stage 4, with placeWeight in
// quantity.go). The names of legislatures, their chambers and many
// buildings and districts take the definite article ("the Senate", "the
// House", "the Capitol", "the Bronx": Quirk et al. 1985, §5.31–5.37 on
// proper names with the definite article), and a news sentence that gives
// a figure for each chamber or place writes the article, often with a
// compound premodifier, inside the locative phrase: "27 votes in the
// 40-member Senate and 84 in the 125-member House". The phrase
// postmodifies the figure before it as "22 inches in Stowe" does (Quirk
// et al., §17.37), so the question that names the chamber asks that
// figure.

// definitePlaceAfter is the span [from, to) of the capitalised words of a
// locative "in" or "at" phrase right after number n's phrase that opens
// with "the" ("in the 125-member House": House), or -1, -1. Up to two
// premodifiers that are no name (a hyphenated compound, a figure) may
// stand between "the" and the name; the name ends at its last
// capitalised word.
func definitePlaceAfter(s *sentence, n quantity) (int, int) {
	k := n.end
	if k+2 >= len(s.toks) || s.toks[k].lower != "in" && s.toks[k].lower != "at" || s.toks[k+1].lower != "the" || punctuatedBetween(s.text, s.toks, k+1) {
		return -1, -1
	}
	from := k + 2
	for j := 0; j < 2 && from < len(s.toks) && !s.toks[from].cap && (strings.Contains(s.toks[from].lower, "-") || isNumeric(s.toks[from])); j++ {
		from++
	}
	to := from
	for to < len(s.toks) && s.toks[to].cap && !s.toks[to].poss && (to == from || !punctuatedBetween(s.text, s.toks, to)) {
		to++
	}
	if to == from {
		return -1, -1
	}
	return from, to
}
