package lookup

import "storybot/knowledge"

// A body as the one who underwent the act (part of stage 4, who-questions
// in the passive). Fines, lawsuits, charges and sanctions fall on
// companies and agencies as often as on people, and a reader asks of them
// with "who" ("who got fined"), as of a body that does an act
// (actorsubject.go): a collective noun or the name of an institution
// takes "who" when it is thought of as a group of people (Quirk et al.
// 1985, on the personal reference of collective nouns). The body is
// where a person would be: named right after an active form of the act
// ("fined Quillfeather Labs 48 million euros") or before a passive one,
// with only modifiers between (Quirk et al., §3.63: the passive's
// subject is the active's object).

// bodyPatient is the organisation the best holding sentence tells as
// undergoing act t, for a passive who-question when no holding sentence
// names a person so (patient tries those first). A "who" that relates to
// a noun naming a kind of person ("the firefighter who got burned") asks
// for a person, never a body.
func (e *Engine) bodyPatient(q *query, t term) (reply, bool) {
	for i, w := range q.toks {
		if (w.lower == "who" || w.lower == "whos") && i > 0 && e.isPersonNoun(singular(q.toks[i-1].lower)) {
			return reply{}, false
		}
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if x := e.undergoerIn(s, t, knowledge.Organisation); x >= 0 && !contains(q.subjects, x) {
			return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}
