package lookup

import "strings"

// A past reporting verb is no future act (part of stage 3): the verb of a
// reporting clause ("…, Pruitt said.") tells when the words were spoken
// (Quirk et al., A Comprehensive Grammar, §14.29, the reporting clause;
// §4.14, the past tense places the act before now), so it cannot be the
// act a question asks will happen ("when will they announce the names"),
// however close a synonym of the asked verb it is ("announce": "say").
// The question's own word ("when will they say") still meets it.

// pastReportFor reports whether tok, a synonym of term t, is a past
// reporting verb and q asks the time of an act still to come.
func pastReportFor(q *query, t term, tok token) bool {
	if q.typ != tTime || !reportingVerbs[tok.lower] || strings.HasSuffix(tok.lower, "s") || t.sameWord(tok) {
		return false
	}
	return asksFutureTime(q)
}
