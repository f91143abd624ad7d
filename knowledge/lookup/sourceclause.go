package lookup

import (
	"strings"
)

// Source clauses (part of stage 2, understanding): a reader asking about
// a story calls its writers "they" ("the worker they talked to", "the mom
// they interviewed"), as English uses "they" for people whose identity is
// plain from the situation (Quirk et al., §6.22 on the generic and
// situational uses of "they"). Such a relative clause says only that the
// person is one of the story's sources, which everyone a news story
// quotes is (AP Stylebook, "sources"): it names nothing the article
// writes, so it is dropped, as the clause of comparison is.

// sourceClause is a relative clause whose subject is the story's writers
// and whose verb is one of talking with or quoting, after the noun it
// modifies (group 1): "worker (that) they talked to", "mom the reporter
// spoke with", "nurse they quoted".
var sourceClause = lazyRE(`(?i)\b([\w'-]+)\s+(?:(?:that|who|whom)\s+)?(?:they|you|the reporters?|the writers?|the (?:article|story|piece|paper))\s+(?:(?:talked|talk|talks|spoke|speak|speaks|chatted)\s+(?:to|with)|interviewed|interview|quoted|quote|quotes|profiled|featured|mention|mentioned)\b`)

// dropSourceClause removes a relative clause that only says the person is
// one the story's writers talked to: "the mom they talked to" asks about
// the mom. The word before it must be a noun's, not an auxiliary or an
// interrogative ("who did they talk to" keeps its clause).
func dropSourceClause(text string) string {
	return sourceClause.ReplaceAllStringFunc(text, func(m string) string {
		head := sourceClause.FindStringSubmatch(m)[1]
		l := strings.ToLower(head)
		if auxiliaries[l] || whWords[l] || stopWords[l] || chatWords[l] {
			return m
		}
		return head
	})
}
