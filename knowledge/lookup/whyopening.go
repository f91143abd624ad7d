package lookup

import "strings"

// Opening "why" (part of stage 2, the answer type). "why will he sell
// the stock at half price" and "why did the repair cost so much" ask a
// reason: the fronted wh-element sets what a wh-question asks (Quirk et
// al., A Comprehensive Grammar of the English Language, §11.14), and a
// noun that names a figure later in the clause ("price", "cost",
// "deadline", "job") is only a constituent of the event asked about, not
// its focus. "How come" is the informal equivalent of "why" (Quirk et
// al., §11.15 note; Huddleston & Pullum, Cambridge Grammar, p. 908).
// firstCue lets a later cue stand when it premodifies a noun; this takes
// the reason cue at the opening over a later cue in every other
// position too.

// reasonOpens reports whether cue c, matched at loc, is the reason cue
// opening s with "why" or "how come", after a later cue first matched at
// at that is not itself an interrogative ("when" after "why" is a clause
// of time, which subordinateWhen already sets aside).
func reasonOpens(s string, c *typeCue, loc, at []int) bool {
	if c.typ != tReason || loc[0] > 1 || at[0] <= 1 {
		return false
	}
	open := strings.TrimSpace(s[loc[0]:])
	if !strings.HasPrefix(open, "why ") && !strings.HasPrefix(open, "how come ") {
		return false
	}
	return !whWords[firstField(strings.Fields(s[at[0]:]))]
}
