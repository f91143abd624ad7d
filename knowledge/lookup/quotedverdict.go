package lookup

import (
	"fmt"
	"slices"

	"storybot/knowledge"
)

// quotedVerdict says yes or no by a named person's own words: when every
// word of the question the sentence holds stands inside a quotation whose
// speaker the article names, the answer is that person's, and it says
// so ("Yes, according to Sheriff Ryan Lockhart:"). News writing
// attributes what it has not seen itself to a named source (AP
// Stylebook, "attribution"); the reader gets the direct answer and whose
// it is. An indirect claim ("the lawsuit alleges that …", "Sessions said
// that \"he never met …\"") stays a claim, and so does what a person
// says of their own conduct: they are a party to it. Quoted words that
// leave the question open (unassertedClause: "We don't know whether it
// was young") give no verdict, and an alternative the speaker sets aside
// ("for fishing, not for trade": excludedalternative.go) is a no.
func (e *Engine) quotedVerdict(q *query, s *sentence, matched []int) (reply, bool) {
	if s.speaker < 0 || e.a.Entities[s.speaker].Kind != knowledge.Person || len(matched) == 0 ||
		slices.ContainsFunc(matched, func(m int) bool { return !s.quoted[m] }) {
		return reply{}, false
	}
	if contains(q.subjects, s.speaker) || reportsThat(s) {
		return reply{}, false // one's own conduct, or words quoted inside a report of what was said: a party's claim
	}
	if unassertedClause(s, matched) {
		// "We just don't know yet whether it was young": the speaker's
		// words leave it open, as a reported "whether" clause does
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true
	}
	verdict := "Yes"
	if (e.denies(s, matched) || excludedAlternative(s, matched)) != q.negated {
		verdict = "No"
	}
	name := e.a.Entities[s.speaker].Name
	if t := e.a.Entities[s.speaker].Title; t != "" {
		name = t + " " + name
	}
	return reply{found: true, head: fmt.Sprintf("%s, according to %s:", verdict, name), used: []*sentence{s}}, true
}

// reportsThat reports whether s has a "that" outside quotation marks:
// a report of what was said, whose quoted words are a fragment of it.
func reportsThat(s *sentence) bool {
	for k, t := range s.toks {
		if t.lower == "that" && !quotedAt(s, k) {
			return true
		}
	}
	return false
}
