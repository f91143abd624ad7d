package lookup

// A figure a noun of limit governs ("a speed limit of 35 mph", "a cap of
// $5,000", "a 40-ton maximum") states what is allowed or possible, not
// what was (WordNet 3.0, "limit", noun sense 1: "the greatest amount of
// something that is possible or allowed"; its synonyms and co-hyponyms
// "cap", "ceiling", "maximum", "minimum"). It answers a measure question
// only when the question asks the limit itself ("what is the speed
// limit"): "how fast was the bus going" is not told by the road's limit.

// limitNouns are the nouns of a bound on an amount (WordNet 3.0, "limit"
// n. 1 and its neighbours).
var limitNouns = set("limit", "limits", "cap", "caps", "ceiling", "maximum", "minimum")

// permissionWords ask what is allowed or possible, which a limit states:
// the modals of permission and possibility (Quirk et al., §4.49–4.51,
// "can", "may") and the words of permission and of the superlative
// bound ("allowed", "most").
var permissionWords = set("can", "could", "may", "might", "allowed", "permitted", "legal", "most", "max")

// limitFigure reports whether n of s is the figure of a limit noun just
// before it ("limit of 35 mph", "limit is 35 mph") or just after it ("a
// 35 mph speed limit"), and the question asks no limit and nothing
// allowed.
func limitFigure(q *query, s *sentence, n quantity) bool {
	for _, t := range q.toks {
		if limitNouns[t.lower] || permissionWords[t.lower] {
			return false // "what's the speed limit there", "how fast can you go there"
		}
	}
	k := n.tok - 1
	for k >= 0 && (s.toks[k].lower == "of" || copulas[s.toks[k].lower] || spanCues[s.toks[k].lower]) {
		k--
	}
	if k >= 0 && k < n.tok-1 && limitNouns[s.toks[k].lower] {
		return true
	}
	for j := n.end; j < len(s.toks) && j <= n.end+1; j++ {
		if limitNouns[s.toks[j].lower] {
			return true
		}
	}
	return false
}
