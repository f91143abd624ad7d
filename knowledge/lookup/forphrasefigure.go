package lookup

import "slices"

// Figures paired with "for" phrases (part of stage 4). A sentence that
// prices or measures several things gives each figure the "for" phrase
// after it ("costs $75 for dogs and $35 for cats", "$10 for adults, $5
// for children"): "for" of exchange names what the figure is paid or
// given for (Quirk et al. 1985, §9.57), and the coordinated pairs share
// the verb the first states (gapping, §13.92), so each figure belongs to
// its own "for" phrase. When the question names what one figure's "for"
// phrase holds, a figure whose own "for" phrase names none of the
// question's words is another thing's. A sentence with one such pair, or
// none, is left alone.

// forPhraseWords is how many words after "for" its object may run before
// the next figure, comma or coordinator ends it.
const forPhraseWords = 4

// forPhraseMatched reports whether figure n of s is followed by "for",
// and whether a word of that phrase is among matched.
func forPhraseMatched(s *sentence, n quantity, matched []int) (hasFor, named bool) {
	if n.end >= len(s.toks) || s.toks[n.end].lower != "for" {
		return false, false
	}
	for k := n.end + 1; k < len(s.toks) && k <= n.end+forPhraseWords; k++ {
		if clauseJoints[s.toks[k].lower] || punctuatedBetween(s.text, s.toks, k) || slices.ContainsFunc(s.nums, func(m quantity) bool { return m.tok == k }) {
			break
		}
		if slices.Contains(matched, k) {
			return true, true
		}
	}
	return true, false
}

// figureForOther reports whether figure n of s has a "for" phrase naming
// no matched word while another figure's "for" phrase names one.
func figureForOther(s *sentence, n quantity, matched []int) bool {
	hasFor, named := forPhraseMatched(s, n, matched)
	if !hasFor || named {
		return false
	}
	return slices.ContainsFunc(s.nums, func(m quantity) bool {
		if m.tok == n.tok {
			return false
		}
		_, ok := forPhraseMatched(s, m, matched)
		return ok
	})
}
