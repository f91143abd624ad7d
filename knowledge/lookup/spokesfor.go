package lookup

import (
	"regexp"
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
var speakingFor = regexp.MustCompile(`(?i)^\W*(?:(?:hey|ok|so|and)\W+)*(?:who|who's|whos)\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+|has\s+been\s+)?(?:speaking|speaks|spoke|speak)\s+for\s+(.+?)[\s?.!]*$`)

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
