package lookup

import (
	"slices"
	"strings"
)

// The interval of the clause asked (part of stage 4). A span of time with
// a relator or "within" ("arrived four minutes after the 911 call",
// "began knocking on doors within 15 minutes") is an adjunct of
// time-relationship, and an adjunct belongs to the verb of its own clause
// (Quirk et al., §8.53–8.60, time adjuncts; §13.1–13.5, clause
// coordination: each coordinated clause has its own verb and
// adjuncts). So where a sentence of coordinated clauses gives each its
// own interval, "how quickly did police start" is answered by the span
// in the clause that holds the question's words, not by the one nearest
// to a single word that also matched in another clause.

// The interval is the asked act's: "Firefighters spent about two hours
// putting out hot spots" tells how long another act went on, not how
// quickly they got there, which "Crews … arrived nine minutes after a
// neighbor called" tells, the adjunct belonging to its clause's verb
// (Quirk et al., §8.58, as otherActLasted reads "for" spans for "how
// long").

// intervalCoordinators open a coordinated clause (Quirk et al., §13.1).
var intervalCoordinators = set("and", "but", "while", "whereas", "or")

// intervalClauseWeight weighs span of time n of s as the answer to q, a
// question asking an interval ("how quickly", "how soon" of a past act):
// -2 when another coordinated clause of s holds a span of time too and
// more of the matched words than n's own clause; 0 otherwise.
func intervalClauseWeight(q *query, s *sentence, matched []int, n quantity) float64 {
	if q.measure != "quickly" || n.kind != qCount || measureOf(n.unit) != "time" {
		return 0
	}
	clause := coordinatedClauses(s)
	held := make(map[int]int)
	for _, m := range matched {
		if m >= 0 && m < len(clause) {
			held[clause[m]]++
		}
	}
	own := clause[n.tok]
	for _, o := range s.nums {
		if o.kind == qCount && measureOf(o.unit) == "time" && o.tok < len(clause) && clause[o.tok] != own && held[clause[o.tok]] > held[own] {
			return -2
		}
	}
	return 0
}

// coordinatedClauses numbers the coordinated clause each token of s
// stands in: a coordinator or a semicolon or dash before a token opens
// the next ("betweenAnd"'s "and" of a range opens none).
func coordinatedClauses(s *sentence) []int {
	out := make([]int, len(s.toks))
	c := 0
	for j := range s.toks {
		if j > 0 && (intervalCoordinators[s.toks[j-1].lower] && !betweenAnd(s, j-1) || strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], "—–;")) {
			c++
		}
		out[j] = c
	}
	return out
}

// otherActWeight is what a span of time loses as the answer to q, a
// question asking an interval by a verb, when its coordinated clause holds
// neither that verb nor a word the article writes for it: -2, 0
// otherwise, and 0 with no lexicon or no verb asked.
func (e *Engine) otherActWeight(q *query, s *sentence, n quantity) float64 {
	if e.noLex || q.measure != "quickly" || n.kind != qCount || measureOf(n.unit) != "time" {
		return 0
	}
	verbs := e.askedActVerbs(q)
	if len(verbs) == 0 || clauseHoldsAct(s, n, verbs) {
		return 0
	}
	return -2
}

// tookToAct reports whether span n of s, placed by a relator ("An officer
// arrived nine minutes later", "arrived four minutes after the 911
// call"), answers q's "how long did it take": the relator measures the
// time from its anchor to the act of the span's clause (Quirk et al.,
// §8.55–8.57), and that is the time the act took to come when it is the
// act asked ("how long did it take police to arrive").
func (e *Engine) tookToAct(q *query, s *sentence, n quantity) bool {
	if e.noLex || !slices.ContainsFunc(q.toks, func(t token) bool { return takeForms[t.lower] }) {
		return false
	}
	verbs := e.askedActVerbs(q)
	return len(verbs) > 0 && clauseHoldsAct(s, n, verbs)
}

// askedActVerbs are q's verbs of acts (actVerbs) with the article's words
// for its phrasal verbs ("get there": arrive, arrivalverb.go).
func (e *Engine) askedActVerbs(q *query) []string {
	verbs := e.actVerbs(q)
	for _, t := range q.terms {
		if t.phrasal {
			verbs = append(verbs, t.alts...)
		}
	}
	return verbs
}

// clauseHoldsAct reports whether the coordinated clause of s holding
// figure n holds a word that meets one of verbs.
func clauseHoldsAct(s *sentence, n quantity, verbs []string) bool {
	clause := coordinatedClauses(s)
	for j, t := range s.toks {
		if clause[j] == clause[n.tok] && slices.ContainsFunc(verbs, t.meets) {
			return true
		}
	}
	return false
}
