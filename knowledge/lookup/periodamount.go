package lookup

// An amount asked over a unit of time is a rate over time, not one
// item's share (part of stage 4): "how much plastic goes into the ocean
// each year" asks the amount in each year, and "each", "every", "per" and
// the distributive article before a noun of time all say so (Quirk et
// al., §5.50, the indefinite article meaning "per"; §6.51, "each" and
// "every"). An article writes such an amount with the distributive
// phrase after the figure ("$5 an hour") or as an adjunct of its clause
// ("11 million tons of plastic enter the ocean every year"), or names
// one such unit whose total it gives ("spent $40 million last year"), as
// countPeriodFits reads a count asked over a unit of time (timerate.go).

// rateFits reports whether figure n of s answers a question that asks a
// rate whose item is asked: one item's share with the same item ("$13
// per student" for "how much per kid"), or, when the item is a unit of
// time, a figure whose clause names that unit.
func (e *Engine) rateFits(asked string, s *sentence, n quantity) bool {
	if fig, ok := rateFigure(s, n); ok && e.sameRate(asked, fig) {
		return true
	}
	if k, ok := distributiveAfterPeriod(s, n); ok && e.sameRate(asked, singular(s.toks[k].lower)) {
		return true // "$3,000 a year to each student" for "how much per student" (ratefor.go)
	}
	if full, ok := chatForms[asked]; ok {
		asked = full // "each yr": a year (chat's short forms, words.go)
	}
	return asked != "" && measureOf(stemOf(asked)) == "time" && clauseNamesUnit(s, n.tok, singular(asked))
}
