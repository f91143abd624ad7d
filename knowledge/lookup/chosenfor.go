package lookup

import "strings"

// "Who did they pick to replace him" asks for the object of a verb of
// appointing or choosing, and that object is the understood subject of
// the to-infinitive after it (object control: Quirk et al. 1985,
// §16.52–16.53; appointeddoer.go): the one picked is the one who will
// replace him. The article may tell the choice with another verb than the
// question's ("has chosen X to replace Y", "named X to succeed him") or
// in the headline only, without the name, so such a question is answered
// as the question of who does the infinitive's act ("who will replace
// him"), when that finds someone.

// appointBases are the base forms of the appoint verbs (appointVerbs in
// roles.go: Levin 1993, §29.1, with the hiring verbs news writing uses the
// same way).
var appointBases = set("name", "appoint", "elect", "nominate", "designate", "install", "hire", "tap",
	"choose", "pick", "select", "promote")

// chosenFor answers an object who-question whose verb is an appoint verb
// followed by a to-infinitive with the doer of that infinitive's act.
func (e *Engine) chosenFor(q *query) (reply, bool) {
	t, ok := e.asksObject(q)
	if !ok || !appointBases[e.baseVerb(t.lower)] && !appointBases[t.lower] {
		return reply{}, false
	}
	for i := 0; i+2 < len(q.toks); i++ {
		if !t.sameWord(q.toks[i]) || q.toks[i+1].lower != "to" {
			continue
		}
		v := q.toks[i+2].lower
		if !e.canBe(v, "verb") || appointBases[v] {
			return reply{}, false
		}
		var rest []string
		for _, tok := range q.toks[i+2:] {
			rest = append(rest, tok.lower)
		}
		sub := e.understand("who will "+strings.Join(rest, " "), nil)
		if r, ok := e.person(sub); ok && r.found {
			return r, true
		}
		return reply{}, false
	}
	return reply{}, false
}
