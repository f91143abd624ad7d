package lookup

// "At" before a figure places something at a point on a scale, as it
// places it at a point in space or time (Quirk et al. 1985, §9.15–9.17,
// positive position with "at"; AP Stylebook, "scores": "tied the game at
// 91", "the Dow closed at 34,200"). Such a figure is a score, a level or
// a price, a position that counts nothing, so it does not count the noun
// right before it ("tied the game at 91" is no count of people at the
// game).

// scalePoint reports whether bare count n of s stands right after "at":
// a point on a scale, not a count of anything.
func scalePoint(s *sentence, n quantity) bool {
	return n.unit == "" && tokenBefore(s, n.tok) == "at"
}
