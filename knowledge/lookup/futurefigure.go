package lookup

// futureFigureWeight weighs a figure by the time of its act when the
// question asks about the future ("how long will the bridge be closed"):
// two points when the question's matched verb stands in future time in
// the figure's sentence ("will close to traffic on March 3 for a
// two-year rebuild"), none otherwise. A question in future time asks
// about an act still to come (Quirk et al. 1985, §4.42–4.48, the
// expressions of future time), and the same verb told of a past occasion
// ("a three-week closing for repairs in 2019") is another act.
func futureFigureWeight(q *query, c candidate, s *sentence) float64 {
	if !asksFuture(q) || !datesFuture(s, c.matched) {
		return 0
	}
	return 2
}
