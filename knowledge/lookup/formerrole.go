package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A person's work before (part of stage 4, what-questions): "what did
// Mendez do before", "what did she use to do", "what was her previous
// job". News writing gives a person's earlier occupation in the
// appositive of identification with "former" ("Carla Mendez, a former
// emergency-room nurse who had never held office"; AP Stylebook,
// "former"), so the role the article marks as former answers, where the
// question's own words ("do", "before") match nothing of it.

// priorWorkAsked asks what someone did for work before.
var priorWorkAsked = lazyRE(`^\W*what\b.*\b(?:(?:do|did)\s+(?:\w+\s+){0,3}?(?:do|work)\s+(?:before|previously|earlier|formerly)\b|used?\s+to\s+do\b|(?:previous|former|old|earlier|last)\s+(?:job|occupation|career|profession|work)\b)`)

// formerRole is a description marked as former: "a former nurse", "the
// former chief", "an ex-Marine", "a retired teacher".
var formerRole = lazyRE(`^(?:(?:a|an|the)\s+)?(?:former|ex-|retired)`)

// priorRole answers a question of priorWorkAsked with the first role the
// article gives its one person as former.
func (e *Engine) priorRole(q *query) (reply, bool) {
	if !priorWorkAsked.MatchString(strings.ToLower(q.raw)) || len(q.subjects) != 1 || e.r.ents[q.subjects[0]].kind != knowledge.Person {
		return reply{}, false
	}
	for _, r := range e.rolesOf(q.subjects[0]) {
		if l := strings.ToLower(r.text); r.past || formerRole.MatchString(l) {
			return reply{found: true, head: capitalise(r.text) + ".", used: []*sentence{r.s}}, true
		}
	}
	return reply{}, false
}
