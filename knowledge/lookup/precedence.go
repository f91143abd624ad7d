package lookup

import (
	"fmt"
	"strings"
)

// Precedence questions (part of stage 4, a yes/no shape): "did A before
// B", "was A after B" ask whether one event preceded another, the
// temporal preposition or subordinator relating the two clauses (Quirk et
// al. 1985, §9.46, §15.25). Each event is found on its own, as for "did A
// happen before or after B" (order in choice.go), and ordered by the
// connective of a sentence that tells both (connectiveorder.go) or else
// by the times of their own sentences; the verdict is yes when that order
// is the one asked. When the article orders neither way, the question is
// left to the ordinary yes/no reading.

// precedenceRe is a yes/no question whose clause is split by one
// "before" or "after": the operator, the first event, the connective, the
// second event.
var precedenceRe = lazyRE(`^\s*(?:did|was|were|had|has|is|does|do)\s+(.{3,80}?)\s+(before|after)\s+(.{3,80}?)[\s?.!]*$`)

// occurrenceSuffixes are the general verbs of occurrence a question adds to an
// event it names by a noun ("did the storm happen before …"), which the
// article does not write of it (WordNet: happen, occur, take place are
// one synset).
var occurrenceSuffixes = []string{" happen", " occur", " take place"}

// precedence answers "did A before B" and "did A after B".
func (e *Engine) precedence(q *query) (reply, bool) {
	l := strings.ToLower(q.raw)
	if strings.Contains(l, " or after") || strings.Contains(l, " or before") {
		return reply{}, false // "before or after": order (choice.go)
	}
	m := precedenceRe.FindStringSubmatch(l)
	if m == nil || strings.Contains(m[1], " before ") || strings.Contains(m[1], " after ") {
		return reply{}, false
	}
	a, b := m[1], m[3]
	if timeRe.MatchString(a) || timeRe.MatchString(b) {
		return reply{}, false // "before 2023": a time, not a second event
	}
	for _, v := range occurrenceSuffixes {
		a = strings.TrimSuffix(a, v)
	}
	opts := []option{{text: a, q: e.understand(a, nil)}, {text: b, q: e.understand(b, nil)}}
	for _, o := range opts {
		if len(o.q.terms) == 0 {
			return reply{}, false // a bare name: no event of its own to place
		}
		o.q.typ = tPassage
		e.withHeadNoun(o.q)
		e.withWordFamily(o.q)
		e.withoutAspectual(o.q)
	}
	earlier, used, ok := e.earlierOf(opts)
	if !ok {
		return reply{}, false
	}
	verdict := "No"
	if (m[2] == "before") == (earlier == 0) {
		verdict = "Yes"
	}
	head := fmt.Sprintf("%s — %s came first, then %s.", verdict, capitalise(opts[earlier].text), opts[1-earlier].text)
	return reply{found: true, head: head, used: used}, true
}

// earlierOf is the index of the alternative that happened first and the
// sentences that tell so: by a connective of one sentence, else by the
// times of two different sentences.
func (e *Engine) earlierOf(opts []option) (int, []*sentence, bool) {
	if win, s, ok := e.connectiveOrder(opts); ok {
		return win, []*sentence{s}, true
	}
	vals, _, used, ok := e.placeInTime(opts)
	if !ok || vals[0] == vals[1] || used[0] == used[1] {
		return 0, nil, false
	}
	if vals[1] < vals[0] {
		return 1, []*sentence{used[1], used[0]}, true // the first event's sentence first
	}
	return 0, used, true
}
