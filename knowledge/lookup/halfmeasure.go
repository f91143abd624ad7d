package lookup

// halfUnit reports whether token i is the predeterminer "half" before the
// indefinite article and a singular unit of measure or time: "half a
// mile", "half an hour". "Half" stands before the article as a
// predeterminer (Quirk et al., §5.15–5.17: "half an hour"), and the
// article is the numeral one unstressed (§5.11), so the phrase measures
// one half of the unit, as "a half-mile" does. A "half" before anything
// else ("half the passengers", "half of the town") is a fraction of a
// whole, which fraction.go reads.
func halfUnit(toks []token, i int) bool {
	if toks[i].lower != "half" || i+2 >= len(toks) {
		return false
	}
	a, u := toks[i+1].lower, toks[i+2].lower
	return (a == "a" || a == "an") && (singularMeasureUnits[u] || singularTimeUnits[u])
}
