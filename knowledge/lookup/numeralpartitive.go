package lookup

// A partitive whose whole is a bare numeral (part of stage 1, reading):
// "Three of the five had never rowed on open sea". A numeral may stand
// for a noun phrase whose head the context gives (Quirk et al. 1985,
// §6.51, numerals used pronominally; §12.41 on the ellipsis of a
// repeated head), so "the five" is the set the text has introduced
// ("a five-woman crew") and "Three" the part of it the predicate is said
// of (§5.9 on the of-partitive). The reading of numbers, which knows no
// parts of speech, takes the numeral after "of the" for the noun the
// first count counts; it is the whole, with no noun of its own, and the
// first count its part, as in "Four of the 12 bolts".

// numeralPartitive marks a count whose unit is the numeral of the count
// standing inside its own phrase ("Three of the five") as the part, with
// no noun, and that numeral's count as the whole.
func numeralPartitive(toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		p, w := &qs[i-1], &qs[i]
		if p.kind != qCount || w.kind != qCount || w.unit != "" || w.tok <= p.tok || w.tok >= p.end {
			continue
		}
		if w.tok < 2 || toks[w.tok-1].lower != "the" || toks[w.tok-2].lower != "of" || p.unit != toks[w.tok].stem {
			continue
		}
		p.unit, p.noun, p.mods, p.part = "", "", nil, true
		w.whole = true
	}
}
