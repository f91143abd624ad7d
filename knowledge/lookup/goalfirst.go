package lookup

// A change told goal first (part of stage 4). Business and news writing
// give a change with the new figure after "to" and the old one after
// "from", in either order: "from $3.7 billion to $4.1 billion" or, as
// AP copy mostly has it, "rose 12% to $4.1 billion from $3.7 billion a
// year earlier". "To" marks the destination of the change and "from"
// its source (Quirk et al., ch. 9, prepositions of destination and
// source), so the figure after "from" is the earlier one, the standard
// the new one is measured against, as after "up from" (yardstick.go),
// even when no "up" or "down" comes before it. A figure of another kind
// before "to" bounds no range with the goal ("rose 12% to $4.1 billion"
// is no span from 12% to $4.1 billion, as "4 to 8 inches" is).

// goalFirstSource reports whether n, after "from", is the source of a
// change whose goal, a figure of the same measure after "to", the
// sentence gave before it, and that goal closes no "from … to" span of
// its own ("from 5 to 10, and from 20": 20 opens a span, it is no
// source of 10).
func goalFirstSource(s *sentence, n quantity) bool {
	if tokenBefore(s, n.tok) != "from" {
		return false
	}
	goal := -1
	for k, m := range s.nums {
		if m.tok >= n.tok {
			break
		}
		if m.kind == n.kind && sameMeasure(m, n) {
			goal = k
		}
	}
	if goal < 0 || tokenBefore(s, s.nums[goal].tok) != "to" {
		return false
	}
	for k := goal - 1; k >= 0; k-- {
		if m := s.nums[k]; m.kind == n.kind && sameMeasure(m, n) {
			return tokenBefore(s, m.tok) != "from"
		}
	}
	return true
}
