package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// "More N, A or B?" (part of stage 4, comparisons of two figures): "more
// counts convicted or acquitted?" is an alternative question (Quirk et
// al. 1985, ch. 11 on alternative questions) whose alternatives are the
// two sets the quantifier compares, so it holds two "how many N A / B"
// questions, each answered by itself (a count the article gives as a
// list, "two counts of bribery and one count of lying", is their sum,
// coordinatedcount.go), and the answer is the alternative whose count
// the comparative picks, with both counts.

// moreChoiceRe is "[aux [there]] more|fewer N A or B".
var moreChoiceRe = lazyRE(`^(?:(?:were|was|are|is|did|do|does|have|has|had)\s+(?:there\s+)?)?(more|fewer|less)\s+(\w+)\s+(.+?),?\s+or\s+(.+?)[?.!]*$`)

// maxAlternativeWords bounds each alternative: a longer one is a clause
// of its own, not a phrase to ask "how many N" of.
const maxAlternativeWords = 4

// moreChoice answers "more N, A or B" with the alternative the
// comparative picks and both counts; ok is false when the question is no
// such choice or either count is not found or they are equal.
func (e *Engine) moreChoice(text string, history []knowledge.Turn) (reply, bool) {
	if !strings.Contains(strings.ToLower(text), " or ") {
		return reply{}, false // every choice holds its "or"; most questions none
	}
	m := moreChoiceRe.FindStringSubmatch(strings.ToLower(strings.TrimSpace(expandChat(text))))
	if m == nil || len(strings.Fields(m[3])) > maxAlternativeWords || len(strings.Fields(m[4])) > maxAlternativeWords {
		return reply{}, false
	}
	a, b := strings.TrimSpace(m[3]), strings.TrimSpace(m[4])
	x, ra, okA := e.countOf(e.understand("how many "+m[2]+" "+a, history))
	y, rb, okB := e.countOf(e.understand("how many "+m[2]+" "+b, history))
	if !okA || !okB || x == y {
		return reply{}, false
	}
	if x < y != (m[1] != "more") {
		a, b, x, y = b, a, y, x // the alternative the comparative picks first
	}
	head := fmt.Sprintf("%s %s %s (%s) than %s (%s).", capitalise(m[1]), m[2], a, figureWord(x), b, figureWord(y))
	return reply{found: true, head: head, used: bothUsed(ra, rb)}, true
}

// bothUsed is the sentences two replies cite, a's first, each once: the
// citations of an answer that compares two figures. It copies, so neither
// reply's slice is written to.
func bothUsed(a, b reply) []*sentence {
	used := slices.Clone(a.used)
	for _, s := range b.used {
		if !slices.Contains(used, s) {
			used = append(used, s)
		}
	}
	return used
}

// countOf is the count that answers a how-many query, with its reply: the
// figure its answer opens with, or the sum of the coordinated counts it
// belongs to when the answer gives their sum.
func (e *Engine) countOf(q *query) (float64, reply, bool) {
	r := e.solve(q)
	if !r.found || len(r.used) == 0 || q.typ != tCount && q.typ != tAmount {
		return 0, r, false
	}
	s := r.used[0]
	head := strings.ToLower(r.head)
	at, n := -1, quantity{}
	for _, m := range s.nums {
		if i := strings.Index(head, strings.ToLower(m.text)); m.text != "" && i >= 0 && (at < 0 || i < at) {
			at, n = i, m // the figure the answer opens with
		}
	}
	if at < 0 {
		return 0, r, false
	}
	if chain := countChain(s, n); chain != nil && !chainItemNamed(q, s, chain) {
		sum := 0.0
		for _, c := range chain {
			sum += c.value
		}
		return sum, r, true
	}
	return n.value, r, true
}

// figureWord writes a whole count in words up to nine, as AP style does,
// and any other figure in digits.
func figureWord(v float64) string {
	if v == float64(int(v)) {
		return numberWord(int(v))
	}
	return fmt.Sprint(v)
}

// figuresCompared answers a question that compares two figures by
// figures the article sets side by side (changePair) or counts for each
// alternative (moreChoice).
func (e *Engine) figuresCompared(text string, parts []string, compared bool, history []knowledge.Turn) (reply, bool) {
	if r, ok := e.changePair(parts, compared, history); ok {
		return r, true // "births now vs 10 yrs ago": "212 births last year, down from 390 a decade earlier"
	}
	if r, ok := e.moreChoice(text, history); ok {
		return r, true // "more counts convicted or acquitted?"
	}
	return e.whoMore(text, history) // "who raised more money" (whomore.go)
}
