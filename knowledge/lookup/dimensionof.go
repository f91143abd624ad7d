package lookup

// Stage 4, extraction: a measure after a dimension noun and "of" ("at a
// depth of 9 miles", "a height of 30 feet") states that dimension: the
// of-phrase complements the noun with its value, as a measure phrase
// after the noun states it (Quirk et al., A Comprehensive Grammar of the
// English Language, §17.38 on of-phrases of apposition, "the city of
// Rome"; §7.85 on measure phrases), and the dimension nouns are
// WordNet 3.0's attributes of the dimension adjectives ("deep": depth).
// Such a measure answers "how deep" before another length of the
// sentence ("22 miles northeast of Koreth, at a depth of 9 miles"), and
// no other dimension ("how far": not the depth).

// dimensionOfNoun is the adjective the dimension noun before "of" and
// measure n answers ("a depth of 9 miles": deep), or "".
func dimensionOfNoun(s *sentence, n quantity) string {
	k := beforeApproximators(s, n)
	if k >= 1 && s.toks[k].lower == "of" {
		return respectNouns[s.toks[k-1].lower]
	}
	return ""
}

// statedDimensionWeight is 2 for a measure stated by its noun in the very
// dimension q asks ("how deep": "a depth of 9 miles"; "how high" of "a
// height of") or by an equative of its adjective ("as wide as 900
// yards"), or by the measure phrase premodifying the very dimension
// adjective asked ("about 400 feet deep" for "how deep", "12 inches
// wide" for "how wide": the measure phrase states the degree of the
// adjective it premodifies, Quirk et al., §7.85; statedDimension), 0
// otherwise.
func statedDimensionWeight(q *query, s *sentence, n quantity) float64 {
	if a := dimensionOfNoun(s, n); a != "" && q.measure != "" && !q.size() && !otherDimensionStated(q, s, n) {
		return 2
	}
	if a := equativeDimension(s, n); a != "" && a == q.measure && !q.size() {
		return 2 // "as wide as 900 yards" for "how wide" (equativemeasure.go)
	}
	if a := statedDimension(s, n); a != "" && a == q.measure && !q.size() {
		return 2 // "are each about 400 feet deep" for "how deep", before an unqualified "1,150 feet"
	}
	if reachedMeasure(q, s, n) {
		return 2 // "the balloon rose to 16,000 feet" for "how high did it get" (risingmeasure.go)
	}
	return 0
}
