package lookup

import "sort"

// A change told in varied words (part of stage 2): news writing reports a
// run of like changes with different verbs and nouns of change, one per
// item, rather than repeat one ("fell 29%", "slipped … a 58% drop", "a
// decline of 61%"): Fowler's "elegant variation" (Modern English Usage,
// 1926), which the AP's own reports of markets, polls and box offices
// practise. The calibratable verbs of change share one meaning, a change
// along a scale (Levin 1993, §45.6), so a question's "fall" that the
// article writes of one item is told of another by the article's "drop"
// or "decline", a change the same way; a change the other way ("rose") is
// not. changeKnown does this for a verb the article never writes; this
// does it for one it writes too.

// withVariedChange returns tm, a verb of change the article writes, with
// the article's other words of change in the same direction as its
// alternatives.
func (e *Engine) withVariedChange(tm term) term {
	if !tm.known || len(tm.alts) > 0 {
		return tm
	}
	d, ok := e.changeDirection(tm.lower)
	if !ok || d == 0 {
		return tm
	}
	base := e.baseVerb(tm.lower)
	var alts []string
	for _, cw := range e.articleChangeWords() {
		if cw.dir == d && cw.stem != tm.stem && cw.base != base && !containsStr(alts, cw.stem) {
			alts = append(alts, cw.stem)
		}
	}
	sort.Strings(alts)
	tm.alts = alts
	return tm
}
