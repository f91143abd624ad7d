package lookup

import (
	"strings"
	"unicode"

	"storybot/knowledge"
)

// A figure and the earlier one it is measured against, asked side by side
// (part of stage 4, comparisons): "births now vs 10 yrs ago?", "original
// budget vs what it costs now". News writing gives the two in one
// sentence ("212 births last year, down from 390 a decade earlier"; "will
// cost $52.6 million, up from the $38.4 million commissioners approved";
// "will grow from 35 minutes to 50 minutes"; yardstick.go), so when one
// side of "A vs B" asks the earlier or the expected figure and a sentence
// holding the question's words sets two figures of one kind side by side,
// that pair answers both sides at once, in the article's words. Each side
// asked alone takes the new figure, or, as a bare time phrase ("10 yrs
// ago"), no figure at all.

// originalWords ask the figure first set, against which the outcome is
// measured ("original budget", "what it was then"), beside yardstick.go's
// earlierWords and earlierestimate.go's revisedWords.
var originalWords = set("original", "then", "initial", "originally")

// presentWords are the time adjuncts of the present and of fact against
// expectation ("now", "actual"; Quirk et al. 1985, ch. 8 on time-position
// adjuncts): they set a side apart and are no words a sentence must hold.
var presentWords = set("now", "current", "currently", "today", "actual", "actually", "present", "presently", "nowadays")

// earlierSide reports whether a side of a comparison asks an earlier or
// expected figure.
func earlierSide(p string) bool {
	for _, t := range tokenize(expandChat(p)) {
		if earlierWords[t.lower] || revisedWords[t.lower] || originalWords[t.lower] {
			return true
		}
	}
	return false
}

// changePair answers a comparison (compared: the parts are its sides) of
// a figure with its earlier or expected one from the sentence that sets
// the two side by side; ok is false unless exactly one side asks the
// earlier figure and the best sentence for that side, or one of the few
// best for both sides together, holds such a pair and what each side
// measures (a sentence that answers only the present figure, beside
// another's earlier one, answers no comparison).
func (e *Engine) changePair(parts []string, compared bool, history []knowledge.Turn) (reply, bool) {
	if !compared || len(parts) != 2 || parts[0] == thisStory || parts[1] == thisStory || earlierSide(parts[0]) == earlierSide(parts[1]) {
		return reply{}, false
	}
	now, then := parts[0], parts[1]
	if earlierSide(now) {
		now, then = then, now
	}
	nowQ := e.understand(now, history)
	q := e.understand(parts[0]+" "+parts[1], history)
	thenQ := e.understand(then, history)
	if r, ok := e.pairIn(e.rank(withoutTimeWords(thenQ), nil), 1, nowQ, thenQ, q); ok {
		return r, true
	}
	// The earlier side alone may name little but its time ("last", "10
	// yrs ago"), so its best sentence is any that mentions a time: the
	// sides together name what is measured, and the pair is among the
	// few sentences that best hold it, and hold what each side measures.
	return e.pairIn(e.rank(withoutTimeWords(q), nil), wholePairCandidates, nowQ, thenQ, q)
}

// wholePairCandidates is how many of the sentences best holding the whole
// comparison's words are looked through for a pair of figures.
const wholePairCandidates = 3

// pairIn answers a comparison from the first of the top n ranked
// sentences (the headline aside) that sets a figure beside an earlier one
// and holds what each side measures (a pair of another measure that
// holds one side's words, "top rate from eight years to six" for "top
// rate for old hires vs new ones", answers neither), and, for a side that
// asks what was expected, no pair dated by an earlier period.
func (e *Engine) pairIn(cs []candidate, n int, nowQ, thenQ, q *query) (reply, bool) {
	for _, c := range cs {
		s := &e.r.sents[c.s]
		if s.part == "title" {
			continue // the headline restates the lead in few words
		}
		if n--; n < 0 {
			break
		}
		if phrase, ok := figurePair(s, c.matched); ok && pairTermsHeld(nowQ, q, s) && pairTermsHeld(thenQ, q, s) && !(asksExpected(thenQ) && datedEarlier(phrase)) {
			return reply{found: true, head: capitalise(phrase) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// withoutTimeWords is q with no weight on the words that ask for the
// earlier or the present figure ("original", "ago", "now"): a sentence
// sets its earlier figure apart with "down from" or "compared with", not
// with the asker's words, so they would rank a sentence that merely
// mentions an earlier time above the one that gives the figures.
func withoutTimeWords(q *query) *query {
	for i, t := range q.terms {
		if earlierWords[t.lower] || revisedWords[t.lower] || originalWords[t.lower] || presentWords[t.lower] {
			q.terms[i].weight = 0
		}
	}
	return q
}

// pairTermsHeld reports whether s holds the words of the side asking the
// present figure that name what is measured (every one of them: "high
// school enrollment" is not the district's), or, when that side names
// nothing but its time ("actual"), a word of the whole question's.
func pairTermsHeld(now, whole *query, s *sentence) bool {
	if ts := measuredTerms(now); len(ts) > 0 {
		for _, t := range ts {
			if !heldIn(t, s) {
				return false
			}
		}
		return true
	}
	for _, t := range measuredTerms(whole) {
		if heldIn(t, s) {
			return true
		}
	}
	return false
}

// measuredTerms are the known terms of q that name what is measured: no
// word of time, of the present or of the earlier figure, and no number.
func measuredTerms(q *query) []term {
	var out []term
	for _, t := range q.terms {
		if !t.known || earlierWords[t.lower] || revisedWords[t.lower] || originalWords[t.lower] || presentWords[t.lower] || timeUnitStem(t.stem) {
			continue
		}
		if _, _, num := numberValue(token{lower: t.lower, text: t.lower}); num {
			continue
		}
		out = append(out, t)
	}
	return out
}

// heldIn reports whether a token of s matches t.
func heldIn(t term, s *sentence) bool {
	for _, tok := range s.toks {
		if t.matches(tok) {
			return true
		}
	}
	return false
}

// timeUnitStem reports whether stem is that of a unit of time ("years").
func timeUnitStem(stem string) bool {
	for u := range singularTimeUnits {
		if stemOf(u) == stem {
			return true
		}
	}
	return false
}

// figurePair is the phrase of s that sets a figure beside its earlier
// one: "A, down from B …", "A, compared with B …", "A, nearly double the
// B …", "from A to B", "from A in YEAR to B"; of several, the one whose first figure stands nearest
// the matched tokens.
func figurePair(s *sentence, matched []int) (string, bool) {
	best, bestD := "", 1<<30
	for k, n := range s.nums {
		phrase := ""
		if c, ok := datedChange(s, k); ok {
			phrase = c
		} else if k+1 < len(s.nums) && n.kind != qDay && n.kind != qYear {
			m := s.nums[k+1]
			switch {
			case m.kind != n.kind:
			case isYardstick(s, m) || multiplied(s, m):
				phrase = comparison(s, n, m)
			case tokenBefore(s, n.tok) == "from" && tokenBefore(s, m.tok) == "to":
				phrase = "from " + hedged(s, n) + " to " + hedged(s, m)
			case tokenBefore(s, n.tok) == "to" && tokenBefore(s, m.tok) == "from" && n.tok >= 2:
				phrase = toFrom(s, n, m)
			}
		}
		if phrase == "" {
			continue
		}
		if d := nearest(n.tok, matched); best == "" || d < bestD {
			best, bestD = phrase, d
		}
	}
	return best, best != ""
}

// multiplierWords state one figure as a multiple of another ("nearly
// double the $4.7 million"; multipliers as predeterminers, Quirk et al.
// 1985, ch. 5).
var multiplierWords = set("double", "twice", "triple", "treble", "quadruple", "half")

// multiplied reports whether n is the figure a multiplier measures the one
// before it against: "double the $4.7 million", "twice the 40 planned".
func multiplied(s *sentence, n quantity) bool {
	k := n.tok - 1
	if k >= 0 && s.toks[k].lower == "the" {
		k--
	}
	return k >= 0 && multiplierWords[s.toks[k].lower]
}

// toFrom is "rose to A from B" (the verb of change, its goal, then its
// source), the order AP style writes a change in ("Annual memberships
// rose to 9,800 from 6,100"): the goal phrase before the source phrase
// (Quirk et al., §9.21 on source and goal) still sets the new figure
// beside the earlier one.
func toFrom(s *sentence, now, then quantity) string {
	verb := now.tok - 2
	if punctuatedBetween(s.text, s.toks, now.tok-1) || !unicode.IsLetter(rune(s.toks[verb].lower[0])) {
		verb++ // no verb before the "to", only what a comma ends
	}
	span := comparison(s, now, then)
	return strings.TrimSpace(s.text[s.toks[verb].start:s.toks[now.tok].start]) + " " + span
}

// asksExpected reports whether a side asks only the figure expected
// ("forecast", "supposed to cost"), not an earlier time's.
func asksExpected(q *query) bool {
	expected := false
	for _, t := range q.toks {
		if earlierWords[t.lower] {
			return false
		}
		expected = expected || revisedWords[t.lower]
	}
	return expected
}

// datedEarlier reports whether a pair of figures dates its earlier one by
// an earlier time ("down from 2.6 million last year"): it sets a figure
// beside the last period's, not beside what was expected of it, so it
// answers no "forecast vs actual" (Quirk et al., §8.55 on time-position
// adjuncts placing the figure in the past).
func datedEarlier(phrase string) bool {
	for _, t := range tokenize(phrase) {
		if earlierWords[t.lower] || t.lower == "ago" {
			return true
		}
	}
	return false
}
