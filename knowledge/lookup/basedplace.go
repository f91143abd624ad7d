package lookup

import (
	"strings"
)

// basedRe finds a place name compounded with "-based" ("the Dayton-based
// company", "a New York-based firm"): the compound adjective means
// "having its base in" the place (Merriam-Webster, "-based" combining
// form: "having a specified base": "a New York-based company"), so it
// tells where the thing it modifies is based, with no preposition that
// placeRe could read.
var basedRe = lazyRE(`\b((?:[A-Z][\w.'’]*\s+)*[A-Z][\w.'’]*)-based\b`)

// basedPlace is the place of sentence s's "Name-based" compound, when the
// question asks where something is based ("where is Kestrel based"); ""
// when it asks something else or s holds none.
func basedPlace(q *query, s *sentence) string {
	asked := false
	for _, t := range q.terms {
		asked = asked || t.stem == "base"
	}
	m := basedRe.FindStringSubmatch(s.text)
	if !asked || m == nil {
		return ""
	}
	name := m[1]
	for _, det := range []string{"The ", "A ", "An "} {
		name = strings.TrimPrefix(name, det) // the sentence's first word, capitalised: "The Dayton-based company"
	}
	if calendarName(name) {
		return ""
	}
	return name
}
