package lookup

import "fmt"

// seriesClause are the words that open the clause after "the Nth X"
// saying what the series is of: "the 14th state to restrict phones",
// "the third person who has died" (Quirk et al., §17.30, the infinitive
// clause as postmodifier after an ordinal; §17.9, the relative clause).
var seriesClause = set("to", "who", "that")

// ordinalCount answers "how many Xs" by a definite ordinal of the noun
// counted, when the article gives no count of it: "the 14th state to
// restrict phones" makes 14 states that have, counting itself (an
// ordinal places its noun in a series from the first, Quirk et al.,
// §6.66, ordinal numerals), when a clause after it says what the series
// is of: "the second goal" alone is no count of goals. Only "the" opens
// the phrase: a possessive
// ("Amadi's first yellow card") places the noun in its owner's series,
// which counts the owner's alone. A bound
// before the determiner bounds the count ("at least the 14th state").
// ok is false when no sentence holding the question has one.
func (e *Engine) ordinalCount(q *query) (reply, bool) {
	for rank, c := range e.rank(q, nil) {
		if rank > 8 {
			break
		}
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, n := range s.nums {
			if n.kind != qOrdinal || n.tok == 0 || e.unitMatch(n, q.counted()) <= 0 {
				continue
			}
			own, end := e.ownSeries(q, s, n), n.end
			if own {
				end += 3 // "Reyes' 34th goal of the season": the span is the count's
			} else if k, ok := e.seriesBound(q, s, n); ok && s.toks[n.tok-1].lower == "the" {
				end = k // "the 78th Kenyan athlete to be suspended" (seriesbound.go)
			} else {
				continue // "a 14th state" places nothing in a series; "Amadi's first yellow card" counts Amadi's alone
			}
			phrase := hedged(s, quantity{tok: n.tok - 1, text: s.text[s.toks[n.tok-1].start:s.toks[end-1].end]})
			return reply{found: true, head: fmt.Sprintf("%g: %s.", n.value, phrase), used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// countWithoutNumber answers "how many" when no number of the article
// counts what is asked: by an ordinal of the noun (ordinalCount), or by
// the items of a list (listCount).
func (e *Engine) countWithoutNumber(q *query) (reply, bool) {
	if r, ok := e.ordinalCount(q); ok {
		return r, true // "how many states": "the 14th state to restrict phones"
	}
	if r, ok := e.comparedSize(q); ok {
		return r, true // "how big was the hail": "as large as golf balls" (comparedsize.go)
	}
	if r, ok := e.distributiveCount(q); ok {
		return r, true // "how many jobs are lost": "About 280 workers … will lose their jobs" (distributivecount.go)
	}
	return e.listCount(q)
}
