package lookup

import "strings"

// An earlier workplace (part of stage 4): "where did Ruiz work before"
// asks the employer a person left, and news writing gives it with the
// move to the present one: "Ruiz, 47, joined the company in 2019 from
// Alaska Airlines". "Join" takes the body the person became a member of
// as its object (WordNet join v.2, "become part of; become a member of a
// group or organization"), and the from-phrase after it names the source
// of the move (Quirk et al. 1985, §9.16, "from" of source), so the
// person worked there before.

// earlierAsked reports whether the question asks of an earlier time by an
// adverb of time before now: "before", "previously", "prior",
// "formerly", "earlier" (Quirk et al., §8.57, time-relationship adjuncts).
var earlierAsked = lazyRE(`\b(?:before|previously|prior|formerly|earlier)\b`)

// joinedFrom is the move after a person's name: "joined the company in
// 2019 from Alaska Airlines", "came to the paper from the Tribune".
var joinedFrom = lazyRE(`^(?:,\s+\d{1,3},)?\s+(?:has\s+|had\s+)?(?:joined|came\s+to|moved\s+to)\s+[^,.;"]{0,60}?\bfrom\s+` + employerName)

// earlierWorkplace answers where a person the question names worked
// before the move the article tells.
func (e *Engine) earlierWorkplace(q *query) (reply, bool) {
	p, s := e.afterPersonName(q, func(after string) string {
		if m := joinedFrom.FindStringSubmatch(after); m != nil {
			return strings.TrimRight(m[1], ".,")
		}
		return ""
	})
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(strings.TrimPrefix(p, "the ")) + ".", used: []*sentence{s}}, true
}
