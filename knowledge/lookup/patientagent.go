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
// (patientVerbs, patientOfAgent), and reports whether it did.
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
		for _, pv := range e.patientVerbs() {
			if !t.matchesStem(pv.stem) && e.patientOfAgent(pv.patients, agents) { // each verb once: patientVerbs holds each once
				verbs = append(verbs, pv.stem)
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

// patientVerb is an active verb of the article whose object counts
// persons ("employs about 4,500 people"), by its stem, with the nouns in
// -ee WordNet derives from it for persons ("employee").
type patientVerb struct {
	stem     string
	patients []string
}

// patientVerbs are the article's patientVerb, each verb once, in order.
// They depend on the article only, so they are read once, on the first
// question counting persons by a verb.
func (e *Engine) patientVerbs() []patientVerb {
	e.patientVerbsOnce.Do(func() {
		for i := range e.r.sents {
			s := &e.r.sents[i]
			for _, n := range s.nums {
				k := frameWord(s.toks, n.tok)
				if n.kind != qCount || k < 0 || !e.countsPeople(n) || !e.canBe(s.toks[k].lower, "verb") || passiveAt(s.toks, k) {
					continue
				}
				if slices.ContainsFunc(e.patientVerbList, func(pv patientVerb) bool { return pv.stem == s.toks[k].stem }) {
					continue
				}
				var patients []string
				for _, p := range e.lex.Related(s.toks[k].lower) {
					if strings.HasSuffix(p, "ee") && e.personNoun(p) {
						patients = append(patients, p)
					}
				}
				if len(patients) > 0 {
					e.patientVerbList = append(e.patientVerbList, patientVerb{s.toks[k].stem, patients})
				}
			}
		}
		e.patientVerbList = slices.Clip(e.patientVerbList) // shared by every goroutine
	})
	return e.patientVerbList
}

// patientOfAgent reports whether one of patients names a kind of one of
// agents: an employee is a kind of worker.
func (e *Engine) patientOfAgent(patients, agents []string) bool {
	for _, p := range patients {
		for _, a := range agents {
			if e.lex.KindOf(p, a) {
				return true
			}
		}
	}
	return false
}
