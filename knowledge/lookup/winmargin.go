package lookup

import (
	"slices"
	"strings"
)

// Winning margins (part of stage 4). "How much did she win by", "by how
// much did he win" ask the margin of a win: the stranded or fronted "by"
// of the question is the preposition of measure that gives the degree of
// difference (Quirk et al. 1985, §9.58, "by" of the amount of a
// difference), which a race or vote report writes as a figure before
// "ahead of" or "clear of" in a clause about the winner ("finished 41
// seconds ahead of him"), or after "by" with the win ("won by 312
// votes").

// marginPhrases follow the figure of a lead over another.
var marginPhrases = [][2]string{{"ahead", "of"}, {"clear", "of"}}

// winMarginAsked reports whether q asks by how much its subject won: a
// form of "win" and a "by" that opens or closes the question.
func winMarginAsked(q *query) bool {
	if len(q.toks) < 3 || len(q.subjects) != 1 {
		return false
	}
	by := q.toks[len(q.toks)-1].lower == "by" || q.toks[0].lower == "by"
	return by && slices.ContainsFunc(q.toks, func(t token) bool { return winForms[t.lower] })
}

// winForms are the forms of "win".
var winForms = set("win", "wins", "won", "winning")

// winMargin answers a winMarginAsked question from the first sentence
// that opens with the subject's name and writes a figure of time,
// distance or count before "ahead of" or "clear of", or a figure after
// "won by".
func (e *Engine) winMargin(q *query) (reply, bool) {
	if !winMarginAsked(q) {
		return reply{}, false
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !e.sentenceOpensWith(s, x) {
			continue
		}
		for _, n := range s.nums {
			if n.kind == qYear || n.kind == qMoney {
				continue
			}
			if marginAfter(s, n.end) || n.tok >= 2 && s.toks[n.tok-1].lower == "by" && winForms[s.toks[n.tok-2].lower] {
				return reply{found: true, head: capitalise(s.text[s.toks[n.tok].start:s.toks[n.end-1].end]) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// marginAfter reports whether a margin phrase ("ahead of") opens at
// token k of s.
func marginAfter(s *sentence, k int) bool {
	return k+1 < len(s.toks) && slices.ContainsFunc(marginPhrases, func(p [2]string) bool {
		return s.toks[k].lower == p[0] && s.toks[k+1].lower == p[1]
	})
}

// sentenceOpensWith reports whether s opens with a name of entity x, or
// the lead does so after its dateline: its subject in news writing's
// usual order.
func (e *Engine) sentenceOpensWith(s *sentence, x int) bool {
	return slices.ContainsFunc(e.ownNameSpans(s, x), func(sp [2]int) bool {
		before := strings.TrimSpace(s.text[:sp[0]])
		return before == "" || s.para == 1 && strings.HasSuffix(before, "—") // after the lead's dateline
	})
}
