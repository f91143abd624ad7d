package lookup

import (
	"strings"
)

// A possessive with a dimension noun asks for the possessor's own value
// of that dimension ("what was Girma's time", "the boxer's weight"): the
// genitive of attribute (Quirk et al., §5.116). A sentence answers it only
// when it gives a measure of that dimension in a clause about the
// possessor; one naming the possessor beside another's measure does not.

// possessedDimension matches a possessor and the dimension noun it owns,
// at the end of a question.
var possessedDimension = lazyRE(`'s?\s+(?:\w+ing\s+|\w+\s+)?(time|weight|speed|length|height|distance|temperature)\W*$`)

// nounDimensions maps a dimension noun to the dimension of measureUnits
// it names.
var nounDimensions = map[string]string{"time": "time", "weight": "weight", "speed": "speed",
	"length": "length", "height": "length", "distance": "length", "temperature": "temperature"}

// askedOwnMeasure is the dimension a possessive question asks of its
// subject, or "".
func askedOwnMeasure(q *query) string {
	if len(q.subjects) != 1 {
		return ""
	}
	m := possessedDimension.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil {
		return ""
	}
	return nounDimensions[m[1]]
}

// ownMeasure reports whether s gives a measure of dimension dim whose
// clause is about x: the last person named before the measure is x (the
// subject comes before its predicate in English), or none is named and s
// refers to x by pronoun. A clock reading is a time of day, not a
// measure, by dayPeriod (shared with race times).
func (e *Engine) ownMeasure(s *sentence, x int, dim string) bool {
	for _, n := range s.nums {
		if !(measureOf(n.unit) == dim || dim == "time" && n.kind == qClock && !dayPeriod(s, n)) {
			continue
		}
		owner, at := -1, -1
		for _, p := range s.named {
			if k := e.position(s, p); k < n.tok && k > at {
				owner, at = p, k
			}
		}
		if owner == x || owner < 0 && contains(s.refs, x) {
			return true
		}
	}
	return false
}

// ownMeasureSentence is the best sentence that gives the subject's own
// measure of the dimension asked.
func (e *Engine) ownMeasureSentence(q *query, dim string) (reply, bool) {
	x := q.subjects[0]
	c, ok := e.best(q, func(s *sentence) bool { return e.ownMeasure(s, x, dim) })
	if !ok {
		return reply{}, false // the article gives no measure of theirs
	}
	return reply{found: true, used: []*sentence{&e.r.sents[c.s]}}, true
}
