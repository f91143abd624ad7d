package lookup

import "storybot/knowledge"

// The lead's person as the story's subject (part of stage 2). A news
// story's lead tells whom the story is about; a delayed-identification
// lead ("A 7-year-old boy who wandered away … was found safe Thursday")
// describes that person and names them in the next paragraph (AP
// Stylebook, "lead"; Brooks et al., "News Reporting and Writing", on the
// delayed identification). So when the headline names no one, the person
// the lead describes is the one a bare "he" or "the boy" asks about, even
// when a relative quoted later is named in more paragraphs.

// leadPerson is the one person of gender g (or unknown gender) the
// lead sentence refers to by a description it names no one in
// (resolveDelayedLead), or -1.
func (e *Engine) leadPerson(g byte) int {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para < 1 || s.part != "" {
			continue
		}
		if e.sentenceNamesPerson(s) || len(s.refs) != 1 {
			return -1
		}
		ent := e.r.ents[s.refs[0]]
		if ent.kind != knowledge.Person || ent.gender != 0 && ent.gender != g {
			return -1
		}
		return s.refs[0]
	}
	return -1
}
