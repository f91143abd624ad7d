package lookup

// A time counted from the event asked about (part of stage 4, times):
// "his arrest three days after the shooting" dates the arrest, by the
// shooting. The complement of a preposition of time relationship
// ("after", "before", "into") is the reference point the phrase counts
// from (Quirk et al., A Comprehensive Grammar, §9.35-9.37 and §8.57 on
// adjuncts of time relationship), so the phrase cannot also be the time
// of that reference point: "when did the shooting happen" is not
// answered "three days after the shooting".

// relationPrepositions open a time phrase counted from a reference
// point (Quirk et al. §9.35-9.37).
var relationPrepositions = set("after", "before", "into")

// dropAnchoredTimes drops the spans of s whose reference point, after a
// preposition of time relationship inside the span, is a word the
// question matched.
func dropAnchoredTimes(s *sentence, spans [][]int, matched []int) [][]int {
	return keepSpans(spans, func(sp []int) bool { return !anchoredOn(s, sp, matched) })
}

// anchoredOn reports whether a matched token of s lies inside span sp
// after a preposition of time relationship that also lies inside it.
func anchoredOn(s *sentence, sp []int, matched []int) bool {
	prep := -1
	for k, t := range s.toks {
		if t.start >= sp[0] && t.end <= sp[1] && relationPrepositions[t.lower] {
			prep = k
			break
		}
	}
	if prep < 0 {
		return false
	}
	for _, m := range matched {
		if m > prep && s.toks[m].end <= sp[1] {
			return true
		}
	}
	return false
}
