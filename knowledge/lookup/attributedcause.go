package lookup

import "strings"

// A cause told by a verb of attributing (part of stage 4, reasons). News
// writing seldom says "because" of a finding; it reports who assigned the
// cause, with a verb that takes the effect as its object and the cause in
// a prepositional phrase: "attributed the drop to a backlog", "traced the
// illnesses to undercooked chicken", or that takes the effect as subject
// and the cause after "from": "the shortfall stemmed from the port delays",
// or that points at the cause: "officials pointed to deferred
// maintenance". These are the verbs of assigning a cause and of coming
// from a source of WordNet (attribute v. 1 "attribute or credit to", trace
// v. 4 "find the cause of", stem v. 1 "grow out of, have roots in,
// originate in", point v. 2 "indicate a place, direction, person, or
// thing", as in "point to"), each read only with the preposition that
// carries the cause (Quirk et al., §16.5-16.9 on prepositional verbs:
// "attribute … to", "stem from", "point to"); "blame … on" is a word of
// cause already (reason.go).

// attributingVerbs take the effect as object and the cause after "to".
var attributingVerbs = set("attribute", "attributes", "attributed", "attributing",
	"trace", "traces", "traced", "tracing")

// stemVerbs take the effect as subject and the cause after "from".
var stemVerbs = set("stem", "stems", "stemmed", "stemming")

// pointingVerbs take the cause straight after "to".
var pointingVerbs = set("point", "points", "pointed", "pointing")

// attributedCauseAt reports whether token i of s is a verb of attributing
// a cause with its preposition: an attributing verb with "to" later in
// its clause (before a comma, semicolon or dash, within 15 words: the object may carry a relative clause or a postmodifier), a
// source verb followed by "from", or a pointing verb followed by "to".
func attributedCauseAt(s *sentence, i int) bool {
	t := s.toks[i].lower
	next := ""
	if i+1 < len(s.toks) {
		next = s.toks[i+1].lower
	}
	switch {
	case stemVerbs[t]:
		return next == "from"
	case pointingVerbs[t]:
		return next == "to"
	case attributingVerbs[t]:
		for k := i + 1; k < len(s.toks) && k <= i+15; k++ {
			if commaBefore(s, k) || strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ";—") {
				return false
			}
			if s.toks[k].lower == "to" {
				return true
			}
		}
	}
	return false
}
