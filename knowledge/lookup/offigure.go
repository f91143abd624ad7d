package lookup

import (
	"slices"
	"strings"
)

// A value given by an of-phrase (part of stage 4, what-questions). "A
// high of 114 degrees", "the record of 8,094", "a death toll of 12": a
// figure after "of" that postmodifies a noun of measure says what the
// noun amounts to, as "the high was 114 degrees" would (Quirk et al.
// 1985, §17.45–17.46, the of-phrase of apposition and of measure). So
// "what was the record" is answered by the figure, first. The copular
// clause says the same with the figure as subject complement: "Turnout
// was 29 percent" (§10.8, SVC), so "what was turnout" gets 29 percent.

// ofFigureHead is the figure after "of" or a copula that the head noun of
// q's copular what-question takes in s ("the record of 8,094", "turnout
// was 29 percent"), as a head,
// or "" when s gives none.
func (e *Engine) ofFigureHead(q *query, s *sentence) string {
	h := whatHead(q)
	if h == "" {
		return ""
	}
	stems := append([]string{stemOf(h)}, e.gatheringSizeKnown(h)...) // "what was the attendance": "a sellout crowd of 25,218" (countgloss.go)
	if m := statisticBefore(q, h); m != "" {
		stems = append(stems, stemOf(m)) // "what was the average attendance": "an average of 21,400"
	}
	if m := moneyPremodifying(s, stems); m != "" {
		return m // "what's his bond": "a $250,000 cash-only bond"
	}
	for k := 0; k+2 < len(s.toks); k++ {
		if !slices.ContainsFunc(stems, s.toks[k].meets) || s.toks[k+1].lower != "of" && e.copularSubjectHead(s, k+1) != k {
			continue
		}
		for i, n := range s.nums {
			if n.kind != qDay && n.kind != qYear && beforeApproximators(s, n) == k+1 {
				if j := e.askedStartAfter(q, s, n); j >= 0 {
					return capitalise(figureRange(s, j)) + "." // "Turnout was 41 percent, up from 33 percent in the last mayoral election": "what was turnout last time"
				}
				if e.participleAsUnit(s, n) {
					return capitalise(s.text[s.toks[k+2].start:s.toks[n.end-2].end]) + "." // "the record of 8,094 set last July"
				}
				return capitalise(figureRange(s, i)) + "."
			}
		}
	}
	return ""
}

// askedStartAfter is the index among s's figures of the level a change
// started from, told after figure n and of n's kind ("41 percent, up from
// 33 percent in the last mayoral election in 2022"), when q asks an
// earlier time or names the time that dates that level (earlierlevel.go:
// the earlier figure follows "from"); -1 otherwise.
func (e *Engine) askedStartAfter(q *query, s *sentence, n quantity) int {
	for j, m := range s.nums {
		if m.tok <= n.tok || m.kind != n.kind || !e.changeStart(s, m) {
			continue
		}
		if fit := timeFit(askedTimes(q), s, m); e.earlierAsked(q) && fit >= 0 || fit > 0 || askedTimeAfter(q, s, m) {
			return j
		}
	}
	return -1
}

// participleAsUnit reports whether the word read as figure n's noun is a
// verb with a time after it ("8,094 set last July"): a participle of a
// reduced relative clause, which counts nothing (Quirk et al. 1985,
// §17.27).
func (e *Engine) participleAsUnit(s *sentence, n quantity) bool {
	if n.unit == "" || n.end-n.tok < 2 || n.end >= len(s.toks) || !e.canBe(s.toks[n.end-1].lower, "verb") {
		return false
	}
	k := n.end
	if deicticTime(s.toks, k) {
		return true // "set last year"
	}
	if l := s.toks[k].lower; (l == "last" || l == "in" || l == "on") && k+1 < len(s.toks) {
		k++ // "set last July", "set in 2019"
	}
	return inSpans(s.times, s.toks[k].start)
}

// moneyPremodifying is the sum of money that premodifies the asked head
// noun in s, with the words between ("a $250,000 cash-only bond", "a
// $1.2 billion operating budget"; a share too: "a 31 percent premium"), as a
// head; "" when none does. A figure before a noun in its noun phrase says
// what the noun amounts to, as the of-phrase does (Quirk et al. 1985,
// §17.104 on premodifying measure phrases), and a sum of money can
// measure only the noun it premodifies.
func moneyPremodifying(s *sentence, stems []string) string {
	for _, n := range s.nums {
		if n.kind != qMoney && n.kind != qPercent {
			continue // "a 31 percent premium" measures its noun as a sum does
		}
		for k := n.end; k < len(s.toks) && k <= n.end+2 && !punctuatedBetween(s.text, s.toks, k); k++ {
			if slices.ContainsFunc(stems, s.toks[k].meets) {
				return capitalise(s.text[s.toks[n.tok].start:s.toks[k].end]) + "."
			}
			if !strings.Contains(s.toks[k].text, "-") && !strings.HasSuffix(s.toks[k].lower, "ing") {
				break // only a compound adjective or a participle stands between: "cash-only", "operating"
			}
		}
	}
	return ""
}

// statisticNouns are the nouns of a statistic of a set of figures, which
// take the figure in an of-phrase ("an average of 21,400", "a total of
// 312", "a median of $48,000": Merriam-Webster, "average" n. 1a,
// "total" n. 1, "median" n. 1b, "mean" n. 4).
var statisticNouns = set("average", "total", "median", "mean")

// statisticBefore is the statistic noun right before the head h of q's
// copular what-question ("what was the average attendance": average), or
// "".
func statisticBefore(q *query, h string) string {
	for i := 1; i < len(q.toks); i++ {
		if singular(q.toks[i].lower) == h && statisticNouns[q.toks[i-1].lower] {
			return q.toks[i-1].lower
		}
	}
	return ""
}
