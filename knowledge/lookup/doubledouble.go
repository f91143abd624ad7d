package lookup

import (
	"fmt"
	"strings"
)

// Double-doubles (part of stage 4, yes/no): a basketball player has a
// double-double with 10 or more in two of the categories points,
// rebounds, assists, steals and blocked shots, a triple-double with three
// (AP Stylebook, "double-double"; NBA official statistics). "Did Adeyemi
// get a double double" is answered yes by a sentence that gives him "14
// points and 12 rebounds", though it never says "double". A line with
// fewer figures in double digits settles nothing, as the article may
// leave a category out.

// statCategories are the noun stems of the categories a double-double
// counts.
var statCategories = set("point", "rebound", "assist", "steal", "block")

// doubleAsked is how many categories in double figures the question asks
// for: 2 for a double-double, 3 for a triple-double, 0 for neither.
func doubleAsked(q *query) int {
	l := strings.ReplaceAll(strings.ToLower(q.raw), "-", " ")
	switch {
	case strings.Contains(l, "double double"):
		return 2
	case strings.Contains(l, "triple double"):
		return 3
	}
	return 0
}

// doubleDouble answers "did X get a double double" from the statistics
// the article gives X.
func (e *Engine) doubleDouble(q *query) (reply, bool) {
	need := doubleAsked(q)
	if need == 0 || len(q.subjects) == 0 || q.negated {
		return reply{}, false
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !s.mentions(x) {
			continue
		}
		figures := e.statLine(s, x)
		if len(figures) >= need {
			return reply{found: true, head: fmt.Sprintf("Yes — %s.", joinAnd(figures)), used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// statLine is the figures of 10 or more in the categories that s gives
// person x: the numbers after x's name and before another actor's.
func (e *Engine) statLine(s *sentence, x int) []string {
	start := e.position(s, x)
	if e.formAt(s, x, start) == 0 {
		return nil
	}
	end := len(s.toks)
	for i := start + e.formAt(s, x, start); i < len(s.toks); i++ {
		if y := e.actorAt(s, i, nil); y >= 0 && y != x {
			end = i
			break
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range s.nums {
		if n.tok <= start || n.tok >= end || n.value < 10 {
			continue
		}
		unit := singular(n.noun)
		if !statCategories[unit] || seen[unit] {
			continue
		}
		seen[unit] = true
		out = append(out, n.text)
	}
	return out
}

// joinAnd joins phrases as "A and B" or "A, B and C".
func joinAnd(ps []string) string {
	if len(ps) < 2 {
		return strings.Join(ps, "")
	}
	return strings.Join(ps[:len(ps)-1], ", ") + " and " + ps[len(ps)-1]
}
