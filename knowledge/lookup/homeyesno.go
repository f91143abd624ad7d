package lookup

import (
	"fmt"
	"strings"

	"storybot/knowledge"
)

// Whether a person is from a place (part of stage 4, yes/no): "is X from
// Y" asks X's home or origin, which news writing gives in an appositive
// ("Dana Ruiz of Toledo, Ohio"), a party-and-state tag ("D-Ore.") or a
// biography's birth or upbringing ("was born in Reno"); these are what
// home reads. A sentence where X and a word of Y merely stand together
// ("Flores stated … Russian ambassadors") tells nothing of where X is from.

// fromQuestion matches "is X from Y" and its past, capturing Y.
var fromQuestion = lazyRE(`(?i)^(?:is|was|are|were)\s+.+?\s+(?:originally\s+)?from\s+(.+?)[?.!\s]*$`)

// homeYesNo answers "is X from Y" of one person X: yes when the home the
// article gives X names Y, and otherwise what it gives, or that it gives
// none.
func (e *Engine) homeYesNo(q *query) (reply, bool) {
	m := fromQuestion.FindStringSubmatch(strings.TrimSpace(q.raw))
	if m == nil || len(q.subjects) == 0 || e.r.ents[q.subjects[0]].kind != knowledge.Person || q.negated {
		return reply{}, false
	}
	for _, x := range q.subjects[1:] {
		if e.r.ents[x].kind != knowledge.Place {
			return reply{}, false // "is Flores from the committee": two parties, not a home
		}
	}
	place := strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "The "))
	if xs, _ := e.entitiesIn(tokenize(place)); len(xs) > 0 && e.r.ents[xs[0]].kind == knowledge.Person {
		return reply{}, false // "is the quote from Flores": a source, not a home
	}
	r, ok := e.home(q)
	if !ok {
		head := fmt.Sprintf("The article doesn't say where %s is from.", e.shortName(q.subjects[0]))
		if n, ok := e.nationality(q); ok {
			n.head = head + " " + n.head // "The article calls Sergey Kislyak the Russian ambassador."
			return n, true
		}
		return reply{head: head}, true
	}
	if strings.Contains(strings.ToLower(r.head), place) {
		r.head = "Yes — " + r.head
		return r, true
	}
	r.head = partialYesNo + " It says " + e.shortName(q.subjects[0]) + " is from " + strings.TrimSuffix(r.head, ".") + ":"
	return r, true
}
