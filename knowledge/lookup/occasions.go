package lookup

// Occasions (part of stage 4): "how many times" counts occasions, the
// count noun "time" (WordNet 3.0, time n.1: "an instance or single
// occasion for some event"), not a duration, which is the mass noun
// ("how much time": time n.5, "the continuum of experience"). A span of
// hours or days does not answer it.

// occasionsAsked reports whether q asks "how many times".
func occasionsAsked(q *query) bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == "times" && q.toks[i-1].lower == "many" {
			return true
		}
	}
	return false
}

// occasionUnit is unitMatch's verdict on n for a "how many times"
// question: a duration counts no occasions ("about an hour").
func occasionUnit(n quantity, unit int) int {
	if unit > 0 && n.unit != "time" {
		return -1
	}
	return unit
}
