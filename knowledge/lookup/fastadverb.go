package lookup

import "regexp"

// "Fast" is an adjective and an adverb of the same form (Quirk et al.,
// §7.7, adverbs without -ly; WordNet's adverb "fast": "quickly or
// rapidly"). "How fast was the wind" asks the adjective's speed; "how
// fast did they hire lifeguards", with the operator of a main verb after
// it, asks the manner adverb, as "how quickly" does: the time the act
// took ("within three weeks") or a speed.

// fastAdverb is "how fast" before the operator of a verb other than "be".
var fastAdverb = regexp.MustCompile(`\bhow fast (?:did|does|do|will|would|can|could|has|have|had)\b`)

// mannerMeasure is the measure q asks after "how": "quickly" for "fast"
// as an adverb, m otherwise.
func mannerMeasure(lower, m string) string {
	if m == "fast" && fastAdverb.MatchString(lower) {
		return "quickly"
	}
	return m
}
