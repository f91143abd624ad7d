package lookup

import (
	"strings"
)

// The thing paid for (part of stage 4, a sum as an answer): "how much did
// he pay for the ticket" asks the price of the ticket, as "how much did
// the ticket cost" does. "Pay for" and "spend on" are prepositional verbs
// whose prepositional object is the thing bought (Quirk et al. 1985,
// §16.5 on prepositional verbs; Levin 1993, §13.1 on verbs of giving,
// "pay", and §13.5.1 on "get" verbs with a for-phrase of the goods), so a
// sum in a sentence that names neither that thing nor a pronoun that may
// take it up is the price of something else (pricedThingMissing): "the
// annuity would have paid the full amount" is no price of a ticket.

// paidForThing is a question "how much / what did X pay (Y) for Z" or
// "… spend on Z": its last group is the head of Z.
var paidForThing = lazyRE(`^(?:how much|what) (?:will|would|does|do|did|is|was|has|have|had)\s+(?:\S+\s+){1,3}?(?:pay|spend)\s+(?:\S+\s+)?(?:for|on)\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+|his\s+|her\s+|their\s+|its\s+)?(?:\S+\s+)*?(\S+?)[?!.\s]*$`)

// pricedHead is the head of the thing whose price a question asks: the
// subject of "cost" (costSubject) or the object of "pay for" and "spend
// on" (paidForThing); "" when it asks none.
func pricedHead(raw string) string {
	l := strings.ToLower(strings.TrimSpace(expandChat(raw)))
	if m := costSubject.FindStringSubmatch(l); m != nil {
		return m[1]
	}
	if m := paidForThing.FindStringSubmatch(l); m != nil {
		return m[1]
	}
	return ""
}
