package lookup

// The dimension a question names (part of stage 4, extraction): "how big
// was the search area" asks a size, and "big" grades area, volume,
// weight and length alike (measureDimensions); but the noun "area"
// names one dimension, the extent of a surface (WordNet 3.0, "area"
// n. 1: "a particular geographical region"; n. 5: "the extent of a
// 2-dimensional surface enclosed within a boundary"), which is measured
// in square units and acres (NIST Handbook 44, Appendix C, units of
// area), not in inches or pounds. A question naming the dimension whose
// units it asks for (measureUnits' dimensions: "area", "volume",
// "weight", "temperature") is answered only in that dimension's units.

// namedDimension is the dimension of measureUnits a term of q names
// while "how ADJ" grades it among others, or "".
func namedDimension(q *query) string {
	if len(measureDimensions[q.measure]) < 2 {
		return ""
	}
	for _, t := range q.terms {
		for _, d := range measureDimensions[q.measure] {
			if t.lower == d && d != "time" && d != "extent" {
				return d
			}
		}
	}
	return ""
}

// otherDimension reports whether n is measured in a unit of a dimension
// other than the one q names.
func otherDimension(q *query, n quantity) bool {
	d := namedDimension(q)
	m := measureOf(n.unit)
	if containsStr(n.mods, stemOf("square")) || n.unit == stemOf("square") {
		m = "area" // "60 square miles": a square unit of length is a unit of area (NIST SP 811, §4)
	}
	return d != "" && m != "" && m != d
}
