package lookup

// A time belongs to its own conjunct (part of stage 4, times). Two
// independent clauses joined by "and" or "but" each carry their own
// adjuncts: in "The barns are open from 7 a.m. to 9 p.m., and the judging
// ring is busy between 9 a.m. and 4 p.m." the first times are the barns'
// and the second the ring's (Quirk et al. 1985, §13.21 on coordinated
// clauses, §8.13 on adjuncts as elements of their own clause). AP style
// sets a comma before the conjunction that joins two clauses but none
// before the last item of a simple series (AP Stylebook, "comma"), so ",
// and" or ", but" with a determiner or a personal pronoun after it opens
// a new clause with its own subject. A question whose common words all
// lie in one such conjunct is answered by that conjunct's time, not by a
// nearer one across the comma.

// conjunctOpener is a comma, "and" or "but", and the first word of a new
// subject: a determiner or a subject pronoun, or a plural noun with the
// zero article (Quirk et al. §5.52) right before an operator ("…, and
// cracks have spread"); or a semicolon before such a subject, which
// joins independent clauses with no conjunction (AP Stylebook,
// "semicolon"; Quirk et al. §13.21): "passed similar laws since 2023;
// courts have blocked four of them". A semicolon that parts the items of
// a long series ("a 1928 quilt by Martha Lund; two small pillow covers
// …; and "River Bend,"") opens no clause.
var conjunctOpener = lazyRE(`(?i)(?:,\s+(?:and|but)|;)\s+(?:(?:the|a|an|its|his|her|their|our|this|that|these|those|some|most|all|he|she|it|they|we)\s|[a-z]+s\s+(?:have|had|are|were|will|would|can|could|may|might|must|should)\s)`)

// dropOtherConjunctTimes keeps the time spans of s that lie in the
// conjunct holding every common word matched, when s is two or more
// coordinated clauses; spans is unchanged otherwise.
func dropOtherConjunctTimes(s *sentence, matched []int, spans [][]int) [][]int {
	bounds := []int{0}
	for _, m := range conjunctOpener.FindAllStringIndex(s.text, -1) {
		bounds = append(bounds, m[0])
	}
	if len(bounds) == 1 {
		return spans
	}
	bounds = append(bounds, len(s.text))
	for i := 0; i+1 < len(bounds); i++ {
		start, end := bounds[i], bounds[i+1]
		if !commonWordsBetween(s, matched, start, end) {
			continue
		}
		return keepSpans(spans, func(sp []int) bool { return sp[0] >= start && sp[1] <= end })
	}
	return spans
}

// commonWordsBetween reports whether s's matched tokens include a common
// (uncapitalised) word and every such word lies between bytes start and
// end.
func commonWordsBetween(s *sentence, matched []int, start, end int) bool {
	return commonWordsOnly(s, matched, func(m int) bool { return s.toks[m].start >= start && s.toks[m].end <= end })
}
