package lookup

import "storybot/knowledge"

// A who-question asks for the doer, and the doer may be a body, not a
// person: a team wins, a company buys, a council votes. The doer is the
// subject of the asked verb: the name right before it, or, when the verb
// is an infinitive of purpose ("beat Eastport United 2-1 to win the
// cup"), the subject of the clause it completes, as the understood
// subject of such an infinitive is the main clause's (Quirk et al. 1985,
// §15.46 on subject control of infinitive clauses of purpose), unless a
// verb that passes control to its object governs it ("ordered everyone
// to leave": Quirk et al., §16.52).

// controlVerbs pass the subject of a following infinitive to their
// object (Quirk et al. 1985, §16.52–16.53, object control: "asked her to
// resign"; the verbs of ordering, permitting and causing).
var controlVerbs = set("ask", "tell", "order", "urge", "persuade", "force", "allow", "permit",
	"encourage", "require", "want", "expect", "invite", "advise", "instruct", "remind", "warn",
	"beg", "compel", "enable", "cause", "lead", "help", "get", "convince", "direct", "press")

// controlStems are the Snowball stems of controlVerbs ("ordered": order).
var controlStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range controlVerbs {
		out[stemOf(w)] = true
	}
	return out
}()

// actorSubject is the organisation that does the question's act in s, as
// its subject; -1 when the subject is a person (whom the nearest-person
// reading finds), no entity, or one the question names.
func (e *Engine) actorSubject(q *query, s *sentence) int {
	act, k := e.askedActAt(q, s)
	if act < 1 {
		return -1
	}
	x := -1
	switch {
	case k < 0:
		return -1
	case s.toks[k].lower == "to":
		x = e.controllingSubject(s, k)
	case s.toks[k].lower == "it":
		x = e.reportedItSubject(s, k) // "The FAA said it will investigate" (reportedit.go)
	case s.toks[k].lower == "which" || s.toks[k].lower == "that":
		x = e.relativeSubject(s, k) // "the FBI, which is leading the investigation" (relativesubject.go)
	default:
		x = e.subjectEntityEndingAt(s, k, act) // past the subject's appositive and of-phrase (subjectmodifier.go)
	}
	if x < 0 || contains(q.subjects, x) || e.a.Entities[x].Kind != knowledge.Organisation || knowledge.IsEventName(e.a.Entities[x].Name) {
		return -1 // "The Cutter Ridge Fire started": a fire is no one who did it: "who" is the personal interrogative
	}
	return x
}

// controllingSubject is the first actor of the clause that holds the
// infinitive marker at token to, when no verb of object control stands
// between it and the marker; -1 otherwise.
func (e *Engine) controllingSubject(s *sentence, to int) int {
	start := clauseStart(s, to)
	for i := start; i < to; i++ {
		if x := e.actorAt(s, i, nil); x >= 0 {
			for j := i + 1; j < to; j++ {
				if controlVerbs[s.toks[j].lower] || controlStems[s.toks[j].stem] || !e.noLex && controlVerbs[e.lex.Lemma(s.toks[j].lower)] {
					return -1
				}
			}
			return x
		}
	}
	return -1
}

// entityEndingAt is the entity whose name ends at token k of s, or -1.
func (e *Engine) entityEndingAt(s *sentence, k int) int {
	x, _ := e.entitySpanEndingAt(s, k)
	return x
}
