package lookup

import (
	"slices"
	"strings"
)

// Planned acts (part of stage 4, passages): "what's the governor planning
// to do", "what will the authority do" ask for an act in future time with
// the asked body as its doer, and the verb of intention is the question's
// way of marking the future, not a word the answer must repeat: the
// report may write it with will, a verb of intention or one of
// arrangement (Quirk et al., §4.42–4.48). "State officials plan to begin
// surveys" shares "plan" with the question but not its doer; "the
// governor said he will ask …" is the governor's planned act.

// plannedActCue is a question asking what someone will do: "what is X
// planning to do", "what does X plan to do", "what will X do", with an
// optional closing "next", "now" or "about it".
var plannedActCue = lazyRE(`^what(?:'s|s| is| are| does| do| will)\s+\S.*?\s(?:(?:planning|plan|intending|intend|hoping|hope|going|gonna)(?: to)? )?do(?: next| now| about (?:it|this|that))?\s*[?!.]*$`)

// plannedAct answers a question about what someone will do with the best
// sentence in future time that holds the rest of the question.
func (e *Engine) plannedAct(q *query) (candidate, bool) {
	low := strings.ToLower(strings.TrimSpace(q.raw))
	if !plannedActCue.MatchString(low) || !strings.Contains(low, " do") {
		return candidate{}, false
	}
	n := *q
	n.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool {
		return intendsAhead[t.lower] || intentionVerbs[t.lower] || t.stem == "do" || t.stem == "next"
	})
	if len(n.terms) == 0 && len(n.subjects) == 0 {
		return candidate{}, false // "what will they do": no doer to find
	}
	return e.best(&n, tellsFuture)
}
