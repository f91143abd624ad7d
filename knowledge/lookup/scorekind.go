package lookup

import "strings"

// A game's score or a span's record (part of stage 3, ranking numbers).
// News writing sets both in figures with a hyphen, the score before the
// noun of the game it ends ("a 42-10 loss", "a 6-3 victory": AP
// Stylebook, "scores") and the record before the span of games it tallies
// or with the span after it ("a 3-9 season", "went 31-38 in six
// seasons"). So "what was the final score" asks for a figure of the
// first kind and "what was his record" for one of the second, and each
// figure is weighed by the noun it belongs to.

// gameNouns are the nouns of one game a score premodifies (AP Stylebook,
// "scores": "a 6-3 victory"; the results of a game in Merriam-Webster:
// "win", "victory", "loss", "defeat", "tie", "rout", "upset", "shutout").
var gameNouns = set("game", "match", "win", "victory", "loss", "defeat", "tie", "rout", "upset", "shutout", "final")

// recordSpanNouns are the spans of games a record tallies (Merriam-Webster,
// "record" n. 4c: "a performance … over a period"; a season, a year, a
// career).
var recordSpanNouns = set("season", "seasons", "year", "years", "campaign", "career", "stretch", "start")

// scoreKindWeight weighs a score figure n of s by whether its noun makes
// it a game's score or a span's record, against what q asks: -1 when
// they differ, else 0. A match earns nothing, as a score often stands
// with no noun of its own ("beat Carver 71-68 on Monday").
func scoreKindWeight(q *query, s *sentence, n quantity) float64 {
	if n.kind != qScore || n.end >= len(s.toks) {
		return 0
	}
	record := recordAsked.MatchString(strings.ToLower(q.raw))
	next := s.toks[n.end].lower
	spanAfter := next == "in" && n.end+2 < len(s.toks) && recordSpanNouns[s.toks[n.end+2].lower] // "went 31-38 in six seasons"
	if (recordSpanNouns[next] || spanAfter) && !record || gameNouns[next] && record {
		return -1
	}
	return 0
}
