package lookup

// A change told without a verb (part of stage 4): business and economic
// news gives a change in a figure as a verbless clause after a comma,
// "had sales of $610 million, up 19% from the year before", "shares
// closed at $40, down $2" (a verbless adverbial clause, Quirk et al.,
// §14.6; AP Stylebook, "percent": a change may be given as a percentage
// or as an amount), where "up" and "down" name the direction as "rise"
// and "fall" would.

// changeAdverb is the direction of the change figure n of s gives when
// "up" or "down" opens the verbless clause it stands in, right after a
// comma (past a hedge, "up about 19%"), and whether it gives one. A
// percentage or a sum of money after the particle gives the change
// without the comma too: as the complement of an object ("sending its
// shares down nearly 9%": complex-transitive complementation, Quirk et
// al., ch. 16) or of "be" ("shares were down $2"), where the particle
// again names the direction.
func changeAdverb(s *sentence, n quantity) (int, bool) {
	k := beforeApproximators(s, n)
	if k < 1 || !punctuatedBetween(s.text, s.toks, k) && n.kind != qPercent && n.kind != qMoney {
		return 0, false
	}
	d, ok := goParticles[s.toks[k].lower]
	return d, ok
}

// changeBeside reports whether s gives, beside figure n, which tells no
// change, another figure told as a change the way q asks in a verbless
// clause (changeAdverb: "had sales of $48 million, up 12%"): a question asking how much a thing grew asks
// the size of the change, and where the sentence gives it, the figure
// beside it is the level the thing came to (AP Stylebook, "percent").
func (e *Engine) changeBeside(q *query, s *sentence, n quantity) bool {
	for _, m := range s.nums {
		if m.tok != n.tok && e.changeAct(q, s, m) == 1 {
			if _, ok := changeAdverb(s, m); ok {
				return true
			}
		}
	}
	return false
}
