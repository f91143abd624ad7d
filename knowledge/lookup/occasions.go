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

// eventObjectCounted reports whether figure n, beside the asked verb
// (act 2), counts a noun WordNet files under act or event ("has now flown
// 20 missions"): an object that names the verb's own occurrences counts
// its occasions, as a cognate object does ("fought three battles": Quirk
// et al. 1985, §10.20 on the cognate object), so it answers "how many
// times".
func (e *Engine) eventObjectCounted(n quantity, act float64) bool {
	if e.noLex || act < 2 || n.kind != qCount || n.noun == "" {
		return false
	}
	noun := singular(n.noun)
	return e.lex.KindOf(noun, "act") || e.lex.KindOf(noun, "event")
}
