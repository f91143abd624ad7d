package lookup

import "strings"

// "Not … until" dates the act (part of stage 4, times). A negated verb
// with "until" does not deny the act but puts it off to the time named:
// "did not capture a specimen until last year" says it was captured last
// year, first then (Quirk et al. 1985, §8.60 and §9.37: with a negative,
// "until" marks the time the act at last happens). So "when did they
// catch one" is answered "Last year", not "Until last year".

// delayedUntil returns time phrase ph without its "until" or "till" when
// a matched verb of s before it is negated; ph otherwise.
func (e *Engine) delayedUntil(s *sentence, ph string, matched []int) string {
	f := strings.Fields(ph)
	if len(f) < 2 || !strings.EqualFold(f[0], "until") && !strings.EqualFold(f[0], "till") {
		return ph
	}
	at := strings.Index(s.text, ph)
	for _, m := range matched {
		if at >= 0 && s.toks[m].end <= at && e.verbForm(s.toks[m].lower) && e.denies(s, []int{m}) && untilAfter(s, m) {
			return strings.Join(f[1:], " ")
		}
	}
	return ph
}
