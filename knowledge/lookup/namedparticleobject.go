package lookup

// "In" before a month is a preposition (part of stage 2, phrasalsense.go):
// English dates a month, or a month and year, by "in" ("in July", "in
// July 1925"; Quirk et al., "A Comprehensive Grammar", §9.37, prepositions
// of time), so "in" followed by a month's name takes it for object, as a
// particle followed by a determiner or a figure takes the noun phrase they
// open: "set in July 1925" is "set" with "in July 1925", no "set in" (to
// begin). A bare day or date after a particle stays an adjunct ("broke
// out Tuesday", "broke out March 3", news style's dates without "on").

// particleObjectAt reports whether toks[n], right after a particle,
// opens the noun phrase a preposition takes: a determiner, a figure, or
// a month's name after "in".
func particleObjectAt(toks []token, n int) bool {
	w := toks[n].lower
	if determiners[w] || numberLike(w) {
		return true
	}
	_, month := monthNames[w]
	return month && n > 0 && toks[n-1].lower == "in"
}
