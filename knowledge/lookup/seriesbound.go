package lookup

import "strings"

// An ordinal places its noun in a series counted from the first (Quirk
// et al. 1985, §6.66, ordinal numerals), and news writing says what the
// series is of not only by a clause right after the noun ("the 14th
// state to restrict phones", ordinalcount.go) but by the rest of the
// noun phrase's postmodification (Quirk et al., ch. 17):
//   - the clause after a compound head or a place phrase: "the 78th
//     Kenyan athlete to be suspended", "the sixth coach in Minnesota
//     high school history to reach the mark" (§17.30, §17.37);
//   - a zero relative clause, its subject right after the head: "the
//     fourth superintendent the district has pushed out" (§17.15, the
//     relative pronoun omitted when it is the clause's object);
//   - a span of time from a point, "since 2021", "since July" (§9.31 on
//     "since" of the span up to now): "the third major outage since
//     2021" counts the outages from then, and the answer quotes the
//     bound with the count;
//   - a span of time the series runs over, "this year", "this season"
//     (§8.51, adjuncts of time span): "the third gas line strike
//     downtown this year" counts the year's strikes, so it answers only
//     a question asking about the same span.
//
// An of-phrase ("the third goal of the night") is left out: it names a
// whole the thing is part of, not a series counted to date.

// seriesPlacePreps are the prepositions that open a place or domain
// phrase inside the series' noun phrase ("in Minnesota history", "on the
// mountain").
var seriesPlacePreps = set("in", "on", "at")

// seriesTimeSpans are the spans "this" makes the series run over: the
// calendar's units and the four seasons, with seriesSpans' contests.
var seriesTimeSpans = set("week", "month", "decade", "century", "winter", "spring", "summer", "fall", "autumn")

// seriesBound reports whether ordinal n of s (after "the") is followed,
// within its noun phrase, by what says the series it counts, and returns
// the index where that postmodifier starts (the phrase to quote ends
// before it).
func (e *Engine) seriesBound(q *query, s *sentence, n quantity) (int, bool) {
	toks := s.toks
	for k := n.end; k < len(toks) && k < n.end+8; k++ {
		if k > n.end && strings.ContainsAny(s.text[toks[k-1].end:toks[k].start], ",;:—()\"") {
			return 0, false // the noun phrase ends at a comma or dash
		}
		w := toks[k].lower
		switch {
		case seriesClause[w]:
			return k, true
		case w == "this" && k+1 < len(toks) && (seriesSpans[singular(toks[k+1].lower)] || seriesTimeSpans[toks[k+1].lower]):
			return k, strings.Contains(strings.ToLower(q.raw), "this "+singular(toks[k+1].lower))
		case zeroRelativeAt(toks, k):
			return k, true
		case w == "since" && k+1 < len(toks) && e.timeAt(s, k+1):
			return sinceEnd(s, k), true // "the third major outage … since 2021": the series since then, quoted with its bound
		case seriesPlacePreps[w] || determiners[w] && k > n.end && seriesPlacePreps[toks[k-1].lower]:
		case !seriesPlacePreps[toks[k-1].lower] && determiners[w]:
			return 0, false
		case toks[k].cap && k > n.end && !auxiliaries[w] && !beForms[w]:
			// a name premodifying the place phrase's noun: "on a Sunwave ship"
		case !e.isNoun(toks[k]) || auxiliaries[w] || beForms[w]:
			return 0, false
		}
	}
	return 0, false
}

// zeroRelativeAt reports whether a relative clause with no relative
// word opens at token k: a subject, a determiner and its noun or a
// personal pronoun, then a form of "have" or "be" ("the district
// has pushed out", "they have hired", "a snowy owl had turned up"),
// right after the head noun. The subject of such a clause may be any
// noun phrase, definite or not (Quirk et al., §17.15).
func zeroRelativeAt(toks []token, k int) bool {
	if seriesPlacePreps[toks[k-1].lower] {
		return false
	}
	switch {
	case subjectPronouns[toks[k].lower]:
		return k+1 < len(toks) && (haveForms[toks[k+1].lower] || beForms[toks[k+1].lower])
	case zeroRelativeDeterminers[toks[k].lower]:
		for j := k + 2; j < len(toks) && j <= k+3; j++ {
			if haveForms[toks[j].lower] || beForms[toks[j].lower] {
				return true
			}
		}
	}
	return false
}

// zeroRelativeDeterminers open the subject of a zero relative clause:
// the articles and the possessive determiners (Quirk et al., §5.10 and
// §6.27).
var zeroRelativeDeterminers = set("the", "a", "an", "its", "their", "his", "her", "our", "my", "your")

// timeAt reports whether a time expression of s starts at token k.
func (e *Engine) timeAt(s *sentence, k int) bool {
	for _, sp := range s.times {
		if sp[0] <= s.toks[k].start && s.toks[k].start < sp[1] {
			return true
		}
	}
	return yearOf(s.toks[k]) != 0
}

// sinceEnd is the index after the time phrase that "since" at k opens:
// its capitalised words and figures, up to three, before any mark.
func sinceEnd(s *sentence, k int) int {
	j := k + 1
	for j < len(s.toks) && j <= k+3 && (j == k+1 || !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—")) && (s.toks[j].cap || isNumeric(s.toks[j])) {
		j++
	}
	return j
}
