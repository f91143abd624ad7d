package lookup

import "strings"

// countPrepPhrase are the prepositions that open a phrase of place
// or state (Quirk et al., §9.7, the simple prepositions, with "in",
// "at", "among" and "within"): "of" is left out, since "how many of
// the injured" is partitive and its noun is the counted set (§5.24).
var countPrepPhrase = func() map[string]bool {
	m := map[string]bool{"in": true, "at": true, "among": true, "within": true, "aboard": true}
	for w := range prepositions {
		if w != "of" && w != "than" && w != "like" {
			m[w] = true
		}
	}
	return m
}()

// countPrepHead reports whether "how many" stands with no noun of its
// own, a preposition next: in "how many in serious condition" or "how
// many at the rally", "many" is a fused determiner-head (Quirk et al.,
// §5.50; Huddleston & Pullum, ch. 5 §9, fused heads) and the phrase
// after it postmodifies it; its noun ("condition", "rally") says where
// or in what state the counted ones are, not what is counted. "How
// much" is left alone: "how much in damages" names the measure's noun.
func countPrepHead(cue, rest string) bool {
	if strings.TrimSpace(cue) != "how many" {
		return false
	}
	return countPrepPhrase[firstField(strings.Fields(rest))]
}
