package lookup

import "strings"

// The party a yardstick belongs to (part of stage 4, yardstick.go): "The
// club's birds averaged 41 mph, compared with 36 mph for the birds of a
// rival club". The "for" phrase after the standard of comparison names
// whose figure it is (Quirk et al. 1985, §15.70 on the standard of
// comparison, §9.58 on "for" of the recipient or beneficiary): a
// question that names that party by a word found only in the "for"
// phrase asks the yardstick's figure, and the figure before the marker
// then is the other party's.

// yardstickOwnerWeight weighs number n of s against the question's
// matched tokens: +2 for a yardstick whose "for" phrase holds a matched
// word that the sentence does not use before the comparison (which
// cancels yardstickWeight's −2), −2 for the figure the asked yardstick
// is set beside.
func yardstickOwnerWeight(s *sentence, matched []int, n quantity) float64 {
	if isYardstick(s, n) {
		if yardstickOwnerAsked(s, matched, n) {
			return 2
		}
		return 0
	}
	for _, m := range s.nums {
		if m.tok > n.tok && m.kind == n.kind && sameMeasure(m, n) && isYardstick(s, m) && yardstickOwnerAsked(s, matched, m) {
			return -2
		}
	}
	return 0
}

// yardstickOwnerAsked reports whether a matched token of s stands in the
// "for" phrase right after yardstick n ("45 minutes for crews at most
// smaller hills", up to the next comma or the end) and its stem occurs
// nowhere before the comparison's marker, and a common word matched
// outside the phrase shows the sentence tells the measure asked ("how
// long has the squad been around" is not asked by "compared with 9
// minutes for the local squad").
func yardstickOwnerAsked(s *sentence, matched []int, n quantity) bool {
	k := n.end
	if k >= len(s.toks) || s.toks[k].lower != "for" || n.tok < 2 {
		return false
	}
	stop := len(s.text)
	if c := strings.IndexAny(s.text[s.toks[k].end:], ",;"); c >= 0 {
		stop = s.toks[k].end + c
	}
	marker := n.tok - 2
	owner, other := false, false
	for _, m := range matched {
		switch {
		case m <= k || s.toks[m].start >= stop:
			other = other || !s.toks[m].cap
		case !stemBefore(s, s.toks[m].stem, marker):
			owner = true
		}
	}
	return owner && other
}

// stemBefore reports whether a token before index end of s has stem st.
func stemBefore(s *sentence, st string, end int) bool {
	for _, t := range s.toks[:end] {
		if t.stem == st {
			return true
		}
	}
	return false
}
