package lookup

// A described person as the doer asked (part of stage 2, understanding):
// "what's the mail carrier doing w the reward" names by a description the
// subject of the pro-verb "do", which stands for the predicate the answer
// supplies (Quirk et al. 1985, §12.20-12.22 on the pro-form "do", and
// §10.x on subject and predicate): it asks what the article predicates of
// the person introduced as "a mail carrier, Dana Whitfield", and the
// article, having introduced that person, goes on by surname alone
// ("Whitfield said she would give the reward …": AP Stylebook, "names",
// on second reference). "What happened to the mail carrier" asks the same
// of the person as patient. So such a passage question resolves the
// description to the person, as a who- or quote-question does
// (descriptions.go), though other words follow it: they are the
// predicate's, not the description's.

// describedDoer reports whether the description at span is the subject
// of a closing "do"/"doing" ("what did the mail carrier do", "what is the
// carrier (been) doing with …") or the object of "happened to". Not of
// the simple present "what does the nurse do", whose habitual sense asks
// an occupation (Quirk et al. 1985, §4.6 on the habitual present).
func describedDoer(toks []token, span []int) bool {
	if len(span) == 0 {
		return false
	}
	first, last := span[0], span[0]
	for _, k := range span {
		first, last = min(first, k), max(last, k)
	}
	if first >= 2 && toks[first-1].lower == "the" {
		first--
	}
	if first >= 2 && toks[first-1].lower == "to" && happenForms[toks[first-2].lower] {
		return true // "what happened to the carrier"
	}
	if len(toks) > 1 && (toks[1].lower == "does" || toks[1].lower == "do") {
		return false // "what does the second neighbor do (for work)": the habitual present asks an occupation (occupation.go)
	}
	j := last + 1
	if j < len(toks) && toks[j].lower == "been" {
		j++
	}
	return j < len(toks) && (toks[j].lower == "do" || toks[j].lower == "doing")
}

// happenForms are the forms of "happen", the general verb of an event.
var happenForms = set("happen", "happens", "happened", "happening")
