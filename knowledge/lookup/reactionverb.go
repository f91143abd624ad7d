package lookup

// Reaction verbs asked about as acts (part of stage 2, the answer type).
// "How did the mayor respond" asks what she said, as a news story tells a
// reaction by its words; but "how many fire departments responded",
// "when did police respond" or "who responded to the call" ask the
// number, time or doer of the act of responding, which news writing uses
// for emergency crews arriving ("Crews from six fire departments
// responded"; Merriam-Webster, "respond": to react in response; to come
// to a place where help is needed). The fronted wh-element sets what is
// asked (Quirk et al., A Comprehensive Grammar of the English Language,
// 11.14), so a reaction verb later in the question yields to it.

// reactionVerbRe is a verb of reacting as typeCues' quotation pattern
// matches it.
var reactionVerbRe = lazyRE(`^ ?(react(ed|ion)?|respond(ed)?) ?$`)

// yieldsToOpening reports whether the quotation cue matched at loc in s
// is a reaction verb that gives way to cue c opening the question: an
// interrogative of number, amount, time, place or person.
func yieldsToOpening(s string, first *typeCue, at []int, c *typeCue, loc []int) bool {
	if first.typ != tQuote || loc[0] > 1 || !reactionVerbRe.MatchString(s[at[0]:at[1]]) {
		return false
	}
	switch c.typ {
	case tCount, tAmount, tTime, tPlace, tPerson:
		return true
	}
	return false
}
