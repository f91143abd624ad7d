package lookup

// A change dated at both ends (part of stage 4, numbers): a report of a
// change over years dates each figure of it, the earlier one inside the
// "from" phrase ("fell from 412 in 2015 to 196 last year"; a prepositional
// phrase of time postmodifies the figure, Quirk et al., ch. 17), so the
// year after "in" belongs to the earlier figure and is neither end of the
// change nor the start of a range ("2015 to 196"). The "to" follows the
// year straight on: a "to" further off starts another phrase ("from 1.6
// million in 2023, …, flights to eight cities").

// datedChange returns "from A in YEAR to B" when number k of s is A or B
// of such a change.
func datedChange(s *sentence, k int) (string, bool) {
	for from := k - 2; from <= k; from++ {
		if from < 0 || from+2 >= len(s.nums) {
			continue
		}
		a, year, b := s.nums[from], s.nums[from+1], s.nums[from+2]
		if from+1 == k || year.kind != qYear || tokenBefore(s, a.tok) != "from" || tokenBefore(s, year.tok) != "in" || tokenBefore(s, b.tok) != "to" || b.tok != year.end+1 {
			continue
		}
		return "from " + s.text[s.toks[a.tok].start:s.toks[year.end-1].end] + " to " + b.text, true
	}
	return "", false
}
