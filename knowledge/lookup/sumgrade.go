package lookup

// The adjective of a how-question and sums of money (part of stage 4): a
// sum is graded by size ("how big was the fine", "how large a grant",
// "how high was the bid"), never by a dimension of space or time. "Long",
// "far", "tall", "deep", "wide" and "fast" measure length, distance,
// height, depth, breadth and speed, and "long" duration too (Quirk et
// al., §7.85, measure phrases; §10.16 on adjuncts of duration), so "how
// long did she spend on it" asks a time ("spent 18 months"), though
// "spend" is a verb of payment.

// dimensionMeasures are those adjectives of space and time.
var dimensionMeasures = set("long", "far", "tall", "deep", "wide", "fast", "quickly", "close", "near")

// gradesSums reports whether a how-question's measure adjective can ask
// a sum of money.
func gradesSums(measure string) bool {
	return measure != "" && !dimensionMeasures[measure]
}
