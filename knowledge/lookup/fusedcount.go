package lookup

// Stage 4, extraction: "how many" with no noun after it ("how many were
// hurt", "how many got out") uses "many" as the head of its own noun
// phrase, standing for a plural count noun the context gives (Quirk et
// al., A Comprehensive Grammar of the English Language, §5.23 and §6.51,
// quantifiers as pronouns): the people or things that did or underwent
// the act. A figure in a unit of measure (NIST Special Publication 811:
// length, area, volume, weight, speed, temperature) counts no such
// participants, so "140 miles" answers no "how many were hurt"; a
// question that asks a measure says so ("how many miles", "how far").

// fusedCountDimensions are the dimensions of measureUnits whose figures
// count no participants of an act; time is left out, as "how many did
// they get" may count years of a sentence.
var fusedCountDimensions = set("length", "area", "volume", "weight", "speed", "temperature")

// measureForFusedCount reports whether q counts with "many" alone and n
// is a measure in a unit of one of fusedCountDimensions.
func measureForFusedCount(q *query, n quantity) bool {
	return q.typ == tCount && len(q.focus) == 0 && q.measure == "" && n.kind == qCount && fusedCountDimensions[measureOf(n.unit)]
}
