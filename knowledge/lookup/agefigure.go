package lookup

import "strings"

// ageValue answers "how old" with no one named by the value the article
// states ("what's the average age": 41), and by nothing else: "how old"
// asks an age, a number of years (Quirk et al., §7.85, "how old" with the
// measure phrase of age), so a passage without a figure, as the value
// handler's last resort gives ("Crews begin replacing aging Harlow River
// bridge" for "how old is the bridge"), does not answer it. The figure
// is the age of what the question names only in a sentence that names it
// too: "how old is the town hall" is not answered by "two men, ages 19
// and 22", which holds "age" and no word of the town hall.
func (e *Engine) ageValue(q *query) (reply, bool) {
	r, ok := e.value(q)
	if ok && !strings.ContainsAny(r.head, "0123456789") && !strings.Contains(strings.ToLower(r.head), "-old") {
		return reply{}, false
	}
	if ok && !usedHoldsAsked(q, r) {
		return reply{}, false
	}
	return r, ok
}

// usedHoldsAsked reports whether the reply's sentences together hold
// every word of the question it was asked with, other than "age" itself
// (which the age figure stands for) and the light verbs.
func usedHoldsAsked(q *query, r reply) bool {
	for _, t := range q.terms {
		if t.stem == "age" || lightVerbs[t.lower] || t.given {
			continue
		}
		held := false
		for _, s := range r.used {
			held = held || s.hasTerm(t)
		}
		if !held {
			return false
		}
	}
	return true
}
