package lookup

// "Fast" is an adjective and an adverb of the same form (Quirk et al.,
// §7.7, adverbs without -ly; WordNet's adverb "fast": "quickly or
// rapidly"). "How fast was the wind" asks the adjective's speed; "how
// fast did they hire lifeguards", with the operator of a main verb after
// it, asks the manner adverb, as "how quickly" does: the time the act
// took ("within three weeks") or a speed.

// "How soon" asks the time-relationship of an act to another (Quirk et
// al., §8.53–8.60, adjuncts of time-relationship and duration): of an act
// to come, the time it will happen ("within 24 hours", "next week"); of
// an act past, the interval between it and what set it off, which news
// writing gives as a span with a relator ("An officer arrived nine
// minutes later", "began knocking on doors within 15 minutes"), as it
// answers "how quickly". So "how soon" before a past operator asks the
// span "how quickly" asks.

// soonElapsed is "how soon" before the past operator of a main verb,
// perhaps past an anchor ("how soon after the call did they come").
var soonElapsed = lazyRE(`\bhow soon (?:after [^?]{1,60} )?(?:did|was|were|had)\b`)

// fastAdverb is "how fast" before the operator of a verb other than "be".
var fastAdverb = lazyRE(`\bhow fast (?:did|does|do|will|would|can|could|has|have|had)\b`)

// mannerMeasure is the measure q asks after "how": "quickly" for "fast"
// as an adverb, and for "quick", the informal adverb of the same meaning
// that chat writes ("how quick did they get there": Merriam-Webster,
// "quick" adverb, "in a quick manner: quickly"; Quirk et al., §7.7 on
// adverbs without -ly), m otherwise.
func mannerMeasure(lower, m string) string {
	if m == "fast" && fastAdverb.MatchString(lower) || m == "quick" {
		return "quickly"
	}
	return m
}
