package lookup

// The earlier figure asked by an adverb (part of stage 4, numbers). A
// question that ends on a time-relationship adverb ("what did it cost
// before", "what was it the year before") or holds "previously",
// "formerly" or "used to" asks the figure of the earlier time (Quirk et
// al. 1985, ch. 8 on time-relationship adjuncts: "before", "earlier",
// "previously", "formerly" relate the time asked to an earlier one). Of a
// change the sentence tells, the earlier figure is the source: after "up
// from", "down from" or "compared with" (yardstick.go), or after the
// "from" of a change told goal first ("raised the fare to $9 from $7";
// goalfirst.go). "Before" that governs a noun phrase ("before the
// report") is a preposition dating the act and asks no earlier figure.

// earlierAdverbs end a question asking the earlier figure; the
// unambiguous ones among them may stand anywhere in it.
var (
	earlierAdverbs     = set("before", "earlier", "previously", "formerly", "prior")
	earlierOnlyAdverbs = set("previously", "formerly")
)

// asksEarlierFigure reports whether q asks a figure of the earlier time
// by an adverb: one ending it, "previously" or "formerly" anywhere, or
// "used to".
func asksEarlierFigure(q *query) bool {
	toks := q.toks
	for i, t := range toks {
		if earlierOnlyAdverbs[t.lower] || earlierAdverbs[t.lower] && i == len(toks)-1 || t.lower == "used" && i+1 < len(toks) && toks[i+1].lower == "to" {
			return true
		}
	}
	return false
}

// earlierSourceWeight weighs the source of a change: 2 when the question
// asks the earlier figure by an adverb.
func earlierSourceWeight(q *query, s *sentence, n quantity) float64 {
	if (isYardstick(s, n) || goalFirstSource(s, n)) && asksEarlierFigure(q) {
		return 2
	}
	return 0
}
