package lookup

import (
	"regexp"
	"strings"
)

// A person's earlier occupation (part of stage 4, describing people): AP
// style identifies a person by what they were before when it bears on the
// story, with "former" before the description ("Lindqvist, a former
// public school principal"; AP Stylebook, "former"; "ex-" and "then-"
// likewise, roles.go). "What did she do before", "what was his old job"
// ask for that description, not for a sentence about the person now.

// pastRoleQuestion asks what someone did or was before: "what did X do
// before (that)", "what was X before", "what did X use to do", "what was
// X's old / previous / former job".
var pastRoleQuestion = regexp.MustCompile(`\b(?:what|wat|wht)(?:'?s|’s)?\b.*\b(?:(?:do|did|was|were)\b.*\b(?:before(?: that| this| then| all this)?|previously|formerly)|used? to do|(?:old|previous|former|prior|last) (?:job|role|position|post|career|work))\W*$`)

// pastRole answers a past-role question about one named person with the
// descriptions the article gives them as former; false when it gives
// none.
func (e *Engine) pastRole(q *query) (reply, bool) {
	if len(q.subjects) != 1 || !pastRoleQuestion.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	x := q.subjects[0]
	var texts []string
	var used []*sentence
	for _, r := range e.rolesOf(x) {
		if r.s != nil && formerRole(r.text) {
			texts = append(texts, r.text)
			if !containsSent(used, r.s) {
				used = append(used, r.s)
			}
		}
	}
	if len(texts) == 0 {
		return reply{}, false
	}
	head := e.a.Entities[x].Name + " is " + strings.Join(texts, "; ") + "."
	return reply{found: true, head: head, used: used}, true
}

// formerRole reports whether a description marks a past role by its
// words ("a former principal", "ex-senator", "then-chief"), not merely by
// being given in passing.
func formerRole(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		if w == "former" || strings.HasPrefix(w, "ex-") || strings.HasPrefix(w, "then-") {
			return true
		}
	}
	return false
}
