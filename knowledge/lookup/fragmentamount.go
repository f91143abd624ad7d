package lookup

import "slices"

// The amount a bare noun asks for (part of stage 4, for value): a
// question that is only a noun phrase ("revenue?", "net income?") is an
// elliptical "what is the revenue?" (Quirk et al. §12.29, verbless
// questions standing for a full interrogative), so it asks the noun's own
// amount. A sentence may give other figures near the noun: in "Revenue
// rose 3% to $2.41 billion" the percentage is the change and the sum
// after "to" is the level revenue reached (changelevel.go; Levin 1993,
// §45.6). The figure the sentence names as the noun's own amount
// (amountHead: a measure premodifier, "a profit of $X", the level of a
// change) answers before the figure merely nearest the noun.

// askedOwnFigure is the index in s.nums of the figure that s gives as the
// amount of a word the question matched (matched holds token indexes),
// or -1.
func (e *Engine) askedOwnFigure(s *sentence, matched []int) int {
	for k, n := range s.nums {
		if h := e.amountHead(s, n); h >= 0 && slices.Contains(matched, h) {
			return k
		}
	}
	return -1
}
