package lookup

import (
	"strings"
)

// A spokesperson is the one who speaks for another: the compounds
// "spokesman", "spokeswoman" and "spokesperson" are formed on "spoke", of
// "speak" (Merriam-Webster, "spokesperson": one who speaks as the
// representative of another or others; AP Stylebook, "spokesman,
// spokeswoman"). So "who's speaking for the company" asks who holds that
// role for the company, and the article names them by the role, not by
// the verb.

// speakingFor is a who-question whose verb is "speak for": the group is
// whom the answer speaks for.
var speakingFor = lazyRE(`(?i)^\W*(?:(?:hey|ok|so|and)\W+)*(?:who|who's|whos)\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+|has\s+been\s+)?(?:speaking|speaks|spoke|speak)\s+for\s+(.+?)[\s?.!]*$`)

// spokespersonFor answers "who's speaking for X" as "who is the
// spokesperson for X", when the article describes someone so; false
// otherwise, and the question is read as it stands ("who spoke for the
// bill" at a hearing spoke in its favour).
func (e *Engine) spokespersonFor(q *query) (reply, bool) {
	m := speakingFor.FindStringSubmatch(strings.TrimSpace(q.raw))
	if m == nil {
		return reply{}, false
	}
	sub := e.understand("who is the spokesperson for "+m[1], nil)
	holders, _ := e.roleHolders(sub)
	if len(holders) == 0 {
		return reply{}, false
	}
	return e.person(sub)
}

// A bill's sponsor "carries" it: the prime sponsor is the legislator who
// explains it in committee and on the floor (Washington State
// Legislature, "Bill sponsor basics", 2016: "the prime sponsor is the one
// who 'carries' the bill"), and one "behind" a proposal is in support of
// it as its source (Merriam-Webster, "behind", prep.: in support of; as
// the source of). So "who's carrying the bill" and "who's behind the
// proposal" ask for its sponsor.
var carryingOrBehind = lazyRE(`(?i)^\W*(?:(?:hey|ok|so|and)\W+)*(?:who|who's|whos)\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+be\s+)?(?:carrying|carries|carried|carry|behind)\s+(.+?)[\s?.!]*$`)

// sponsorOf answers "who's carrying the bill" as "who sponsored the
// bill", when a sentence or description that answers so says "sponsor";
// false otherwise, and the question is read as it stands ("who's behind
// the wheel", "who carried the ball").
func (e *Engine) sponsorOf(q *query) (reply, bool) {
	m := carryingOrBehind.FindStringSubmatch(strings.TrimSpace(q.raw))
	if m == nil {
		return reply{}, false
	}
	for _, ask := range []string{"who is the sponsor of ", "who sponsored "} {
		sub := e.understand(ask+m[1], nil)
		if r, ok := e.person(sub); ok && r.found && saysSponsor(r) {
			return r, true
		}
	}
	return reply{}, false
}

// saysSponsor reports whether a reply's sentences say "sponsor" in some
// form.
func saysSponsor(r reply) bool {
	for _, s := range r.used {
		for _, t := range s.toks {
			if t.stem == "sponsor" {
				return true
			}
		}
	}
	return false
}
