package lookup

import (
	"storybot/knowledge"
)

// Definite employer (part of stage 4, workplaces): once a story has named
// an organisation it calls it "the N" after its head noun, or a broader
// one, and so names a person's employer on second reference: "… said
// Julia Brandt, a spokeswoman for the department" after "the Employment
// Security Department". A definite noun phrase that repeats the head
// noun of an antecedent's name, or a superordinate of it, refers back to
// the nearest antecedent it fits (Halliday and Hasan, "Cohesion in
// English", 1976, §6.1 on reiteration by the same word or a
// superordinate, §2.4 on the nearest antecedent). So "who does Brandt
// work for" is answered by the organisation that "the department"
// refers to, which the workplace reading (workplace.go) leaves aside as
// no name.

// workDefinite is the description after a name that gives a workplace by
// a definite noun: ", a spokeswoman for the department".
var workDefinite = lazyRE(`^,\s+(?:\d{1,3},\s+)?(?:an?|the)\s+[a-z][\w -]*?\s(?:at|for|with)\s+the\s+([a-z]+)\b`)

// definiteEmployer is the organisation a "the N" workplace after the name
// of a person the question names refers to, with its sentence.
func (e *Engine) definiteEmployer(q *query) (string, *sentence) {
	return e.atPersonNameEnd(q, func(s *sentence, end int) string {
		m := workDefinite.FindStringSubmatch(s.text[end:])
		if m == nil {
			return ""
		}
		if o := e.headAntecedent(s, m[1]); o >= 0 {
			return e.a.Entities[o].Name
		}
		return ""
	})
}

// headAntecedent is the organisation "the n" in sentence s refers to: the
// one named last, in s or the sentences before it in its paragraph or the
// one before, whose name's head noun is n or falls under n; -1 when none.
func (e *Engine) headAntecedent(s *sentence, n string) int {
	i := e.indexOf(s)
	for j := i; j >= 0 && s.para-e.r.sents[j].para <= 1 && e.r.sents[j].para > 0; j-- {
		named := e.r.sents[j].named
		for k := len(named) - 1; k >= 0; k-- {
			o := named[k]
			if e.a.Entities[o].Kind != knowledge.Organisation {
				continue
			}
			if orgHead(e.a.Entities[o].Name) == n || !e.noLex && e.superordinateOf(n, o) {
				return o
			}
		}
	}
	return -1
}
