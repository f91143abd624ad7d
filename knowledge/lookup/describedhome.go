package lookup

import "strings"

// A news story identifies a person by name, age and hometown together
// ("Gerald Maki, 61, of Hermantown": the AP Stylebook's identification),
// so where a person is from is their own, as their age is. A question
// that calls them by a description ("where was the driver from") asks
// the hometown of the one the description resolves to (resolveDescribed).

// homeAsked reports whether q asks where a person is from: a
// where-question with "from" or "home" (homeQuestion), whose "from"
// belongs to no other act (actFrom) and which holds no verb of motion
// ("where was the driver taken from" asks a source, not a home).
func (e *Engine) homeAsked(q *query) bool {
	if q.typ != tPlace || !homeQuestion.MatchString(strings.ToLower(q.raw)) || q.actFrom() {
		return false
	}
	for _, t := range q.toks {
		if t.lower != "from" && !homeOriginVerbs[t.lower] && motionWord(t.lower) {
			return false
		}
	}
	return true
}
