package lookup

// Ranges told with "between" (part of stage 4, a number as an answer).
// News writing gives an estimate it cannot pin down as a range between
// two figures: "would cost between $800,000 and $1.2 million", "between
// 200 and 300 people". The preposition takes the two figures as one
// coordinated complement (Quirk et al. 1985, 9.20 on "between" and
// 13.1 on coordination), so neither figure alone is what the article
// says; the range is the answer.

// betweenRange is the range the number at index k of s's numbers opens
// or closes: "between X and Y", the two figures of one kind with only
// "and" between them; false when the number stands in no such range.
func betweenRange(s *sentence, k int) (string, bool) {
	a, b := k, k+1
	if tokenBefore(s, s.nums[k].tok) == "and" {
		a, b = k-1, k
	}
	if a < 0 || b >= len(s.nums) {
		return "", false
	}
	x, y := s.nums[a], s.nums[b]
	if tokenBefore(s, x.tok) != "between" || y.tok != x.end+1 || tokenBefore(s, y.tok) != "and" || x.kind != y.kind {
		return "", false
	}
	return "between " + x.text + " and " + y.text, true
}
