package lookup

import (
	"strings"
)

// Uniform numbers (part of stage 4): AP sports captions and box scores
// write a player's uniform number in parentheses after the name
// ("Sacramento's Nia Okafor (9) celebrates"), so "what number does she
// wear" is answered from there.

// uniformCue asks for a player's uniform number.
var uniformCue = lazyRE(`\b(?:what|which) (?:number|no\.?) (?:does|did|is)\b|\b(?:jersey|shirt|uniform|squad) (?:number|no)\b|\bnumber (?:does|did) \w+ wear\b`)

// numberAfterName reads the parenthesised number right after a name.
var numberAfterName = lazyRE(`^\s*\((\d{1,3})\)`)

// uniform answers with the number the article writes after the person's
// name.
func (e *Engine) uniform(q *query) (reply, bool) {
	for _, x := range q.subjects {
		for i := range e.r.sents {
			s := &e.r.sents[i]
			for _, sp := range e.nameSpans(s, x) {
				if m := numberAfterName.FindStringSubmatch(s.text[sp[1]:]); m != nil {
					head := e.a.Entities[x].Name + " wears No. " + m[1] + "."
					return reply{found: true, head: head, used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}

// asksUniform reports whether a question asks a uniform number.
func asksUniform(text string) bool {
	return uniformCue.MatchString(strings.ToLower(text))
}
