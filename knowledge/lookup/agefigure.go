package lookup

import (
	"slices"
	"strings"
)

// ageValue answers "how old" with no one named by the value the article
// states ("what's the average age": 41), and by nothing else: "how old"
// asks an age, a number of years (Quirk et al., §7.85, "how old" with the
// measure phrase of age), so a passage without a figure, or with a count
// of a noun ("866 participants"), as the value
// handler's last resort gives ("Crews begin replacing aging Harlow River
// bridge" for "how old is the bridge"), does not answer it. The figure
// is the age of what the question names only in a sentence that holds
// the head of its noun phrase, its last word (English noun phrases are
// head-final: Quirk et al. 1985, §17.2): "how old is the quarry office"
// is not answered by "two boys, ages 15 and 17, from a flooded quarry".
// A head elided after a superlative is held by the superlative: "the
// oldest was 98" answers "how old was the oldest participant" (§12.47,
// §7.84, ellipsis in the noun phrase).
func (e *Engine) ageValue(q *query) (reply, bool) {
	r, ok := e.value(q)
	if ok && !strings.ContainsAny(r.head, "0123456789") && !strings.Contains(strings.ToLower(r.head), "-old") {
		return reply{}, false
	}
	if ok && !usedHoldsHead(q, r) {
		return reply{}, false
	}
	if ok && headsWithCount(r) {
		return reply{}, false // "how old were the participants": not "866 participants", a count
	}
	return r, ok
}

// headsWithCount reports whether the figure a reply's head opens with is
// one its sentence states as a count of a noun ("866 participants"), a
// sum or a share: no age, which is a bare figure or one in years ("The
// oldest was 98", "ages 40 to 79").
func headsWithCount(r reply) bool {
	for _, s := range r.used {
		for _, n := range s.nums {
			if !strings.HasPrefix(strings.ToLower(r.head), s.toks[n.tok].lower) {
				continue
			}
			return n.kind == qMoney || n.kind == qPercent || n.kind == qCount && n.unit != "" && measureOf(n.unit) != "time"
		}
	}
	return false
}

// usedHoldsHead reports whether the reply's sentences hold the last word
// of the question other than "age" itself (which the figure stands for),
// the light verbs and given words, or the superlative right before it.
func usedHoldsHead(q *query, r reply) bool {
	var head *term
	for i := range q.terms {
		t := &q.terms[i]
		if t.stem != "age" && !lightVerbs[t.lower] && !t.given {
			head = t
		}
	}
	if head == nil {
		return true
	}
	holds := func(t term) bool {
		return slices.ContainsFunc(r.used, func(s *sentence) bool { return s.hasTerm(t) })
	}
	if holds(*head) {
		return true
	}
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == head.lower && strings.HasSuffix(q.toks[i-1].lower, "est") {
			return slices.ContainsFunc(q.terms, func(t term) bool { return t.lower == q.toks[i-1].lower && holds(t) })
		}
	}
	return false
}
