package lookup

// The last one of a series (part of stage 2, when-questions): "last"
// between a determiner and a noun is the general ordinal of time, "the
// immediately past one" (WordNet 3.0, last(a): "immediately past; the
// last chapter we read"; Quirk et al. 1985, §5.20–5.21, general
// ordinals). "When was the last measles death" asks the latest occasion
// of the series, as "when did it last happen" does, so a sentence that
// ranks an event "the first … since 1991" or denies the act "since
// 1991" answers it (superlativesince.go, lastsince.go), though it never
// writes "last". The question's "last" is then no word to find, unless
// the article writes it before the thing asked ("the last flood").

// lastOrdinalAt reports whether question token i is "last" as a general
// ordinal before a noun that is no unit of the calendar ("the last
// measles death", not "the last week").
func lastOrdinalAt(toks []token, i int) bool {
	return toks[i].lower == "last" && generalOrdinalAt(toks, i) && !calendarNouns[toks[i+1].lower]
}

// writesOrdinalOf reports whether the article writes the general
// ordinal of question token i ("last") between a determiner and a word of
// the question after it, within three words ("the last flood" for "when
// was the last flood"): there the ordinal is the article's own word for
// the occasion, to be found. "Last" before a unit of the calendar ("last
// week"), before another series ("the last contract" for "the last
// strike") or as a verb ("could last into summer") is not.
func (e *Engine) writesOrdinalOf(q *query, i int) bool {
	w := q.toks[i].lower
	if !e.r.words[w] {
		return false
	}
	after := map[string]bool{}
	for _, t := range q.toks[i+1:] {
		if !stopWords[t.lower] {
			after[t.stem] = true
		}
	}
	for k := range e.r.sents {
		toks := e.r.sents[k].toks
		for j, t := range toks {
			if t.lower != w || !generalOrdinalAt(toks, j) {
				continue
			}
			for m := j + 1; m < len(toks) && m <= j+3; m++ {
				if after[toks[m].stem] {
					return true
				}
			}
		}
	}
	return false
}
