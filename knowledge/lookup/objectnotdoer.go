package lookup

// The object is no doer (part of stage 4, who-questions): in "Teacher
// Grace Okafor was elected mayor …, defeating two-term City Council member
// Walter Pruitt in a race" the person right after the asked verb is its
// object, the one defeated, though "race" stands nearer his name than
// hers. English puts the subject before its verb and the object after
// (Quirk et al., §2.13, §10.2), so an active who-question ("who won the
// race") is answered with the subject named before the verb.

// subjectOverObject returns, when p is named right after the verb of q's
// act in s as its object and q asks for the doer, the person or body
// named last before the verb; otherwise p. A body named between them is
// passed over: "elected to the Kelso City Council …, defeating" is the
// person's act, the council the goal of "elected to".
func (e *Engine) subjectOverObject(q *query, s *sentence, p int) int {
	if _, ok := e.asksPatient(q); ok {
		return p // "who got fired": the object is asked
	}
	if _, ok := e.asksObject(q); ok {
		return p // "who did they hire"
	}
	act, _ := e.askedActAt(q, s)
	if act < 0 || nominalAt(s.toks, act) || !e.canBe(s.toks[act].lower, "verb") || e.personAfter(s, act) != p {
		return p // "after the retirement of Carl Dunn": a noun's of-phrase may name its doer
	}
	x := e.personNamedBefore(s, s.toks[act].start)
	if x < 0 || x == p || contains(q.subjects, x) {
		return p
	}
	return x
}
