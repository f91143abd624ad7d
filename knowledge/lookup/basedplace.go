package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
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

// basedOfBody answers "where is <organisation> based" (or "where is the
// company based") from a "Name-based"
// compound before the organisation's name or before a common noun ("the
// Seattle-based company"): a definite description with no name of its
// own refers to the story's body of that kind (Quirk et al., §5.31 on
// anaphoric "the"), so it is read before a place that only stands near
// the name in a sentence that never says "based" ("one of the largest
// trucking companies in the Pacific Northwest").
func (e *Engine) basedOfBody(q *query) (reply, bool) {
	body := len(q.subjects) == 1 && e.r.ents[q.subjects[0]].kind == knowledge.Organisation
	if !body && len(q.subjects) > 0 {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		ph := basedPlace(q, s)
		if ph == "" {
			continue
		}
		for k, t := range s.toks {
			if !strings.HasSuffix(t.lower, "-based") || k+1 >= len(s.toks) {
				continue
			}
			n := s.toks[k+1]
			if body && (!n.cap && e.isNoun(n) || e.formAt(s, q.subjects[0], k+1) > 0) || !body && slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(n) }) {
				return placeReply(ph, s), true
			}
		}
	}
	return reply{}, false
}
