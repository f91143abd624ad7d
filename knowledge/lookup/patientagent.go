package lookup

import (
	"slices"
	"strings"
)

// Those a verb's act is done to, counted as doers of another. WordNet
// derives from some verbs a noun in -ee for the one the act is done to
// (Quirk et al. 1985, App. I.34, the patient suffix: "employee",
// "trainee") and files that noun under the agent noun of another verb:
// an employee is "a worker who is hired to perform a job" (WordNet 3.0,
// employee, whose hypernym is worker, "a person who works at a specific
// occupation"). So the object of the first verb does the second: "St.
// Brendan's employs about 4,500 people" counts the people who work
// there, and answers "how many people work at the hospital" as the
// relation asked, where "the 30 workers on the evening shift" are a part
// of them and "1,200 nurses at the hospital" the people of one trade.

// patientsAsAgents gives the verb term of q, a question counting persons,
// the stems of the article's verbs whose object counts doers of it
// (patientAgentVerb), and reports whether it did.
func (e *Engine) patientsAsAgents(q *query) (*query, bool) {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || !e.countsPersons(q.focus[0]) {
		return q, false
	}
	for i, t := range q.terms {
		verb, _, _ := strings.Cut(t.lower, " ") // "work at": the phrasal verb's own verb
		if !t.known || slices.Contains(q.focus, t.stem) || !e.canBe(verb, "verb") {
			continue
		}
		agents := e.personAgentNouns(e.baseVerb(verb))
		if len(agents) == 0 {
			continue
		}
		var verbs []string
		for k := range e.r.sents {
			s := &e.r.sents[k]
			for _, n := range s.nums {
				if v := e.patientAgentVerb(s, n, agents); v != "" && !slices.Contains(verbs, v) && !t.matchesStem(v) {
					verbs = append(verbs, v)
				}
			}
		}
		if len(verbs) == 0 {
			continue
		}
		c := *q
		c.terms = slices.Clone(q.terms)
		c.terms[i].alts = append(slices.Clip(t.alts), verbs...)
		return &c, true
	}
	return q, false
}

// patientAgentVerb is the stem of the active verb whose object is count
// n of persons when a noun in -ee derived from that verb names a kind of
// one of agents ("employs about 4,500 people": employee, a kind of
// worker); "" when it is not.
func (e *Engine) patientAgentVerb(s *sentence, n quantity, agents []string) string {
	if n.kind != qCount || !e.countsPeople(n) {
		return ""
	}
	k := frameWord(s.toks, n.tok)
	if k < 0 || !e.canBe(s.toks[k].lower, "verb") || passiveAt(s.toks, k) {
		return ""
	}
	for _, p := range e.lex.Related(s.toks[k].lower) {
		if !strings.HasSuffix(p, "ee") || !e.personNoun(p) {
			continue
		}
		for _, a := range agents {
			if e.lex.KindOf(p, a) {
				return s.toks[k].stem
			}
		}
	}
	return ""
}
