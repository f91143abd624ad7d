package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Workplace (part of stage 4): where a person works. News writing gives
// it in the appositive or relative clause that introduces a person: "a
// nurse at WakeMed", "who runs Ada's Bakery", "whose family has run
// Hollins Hardware" (AP Stylebook, "titles": a job description with its
// employer; Quirk et al. §17.65 on appositives).

// workQuestion asks where a person works ("where does hollins work",
// "where is she employed").
var workQuestion = lazyRE(`\b(?:work|works|worked|working|employed|employ|job)\b`)

// managingVerbs are the forms of the verbs that tie a person or family to
// a business they keep: WordNet's "run, operate, manage, head, own" and
// "work at/for", "found".
const managingVerbs = `(?:run|runs|ran|running|own|owns|owned|operate|operates|operated|manage|manages|managed|head|heads|headed|found|founded|works?\s+(?:at|for)|worked\s+(?:at|for)|employed\s+(?:at|by))`

// workClause is the description after a name that gives a workplace: "a
// nurse at WakeMed", "who owns …", "whose family has run …" (a family
// business is its members' workplace; "whose brother runs" is not the
// person's), with the street or town it stands on when given.
var workClause = lazyRE(`^,\s+(?:\d{1,3},\s+)?(?:(?:an?|the)\s+[a-z][\w -]*?\s(?:at|for|with)|(?:who|whose\s+family)\s+(?:[a-z]+\s+){0,2}?` + managingVerbs + `)\s+` + employerName + `((?:\s+(?:on|in)\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?)`)

// workVerb is a sentence's verb right after a name stating where the
// person works: "Ruiz works at the mill", "Ruiz, 40, runs Ada's Bakery".
var workVerb = lazyRE(`^(?:,\s+\d{1,3},)?\s+(?:has\s+|had\s+)?` + managingVerbs + `\s+` + placeName)

// workplace answers where a person the question names works.
func (e *Engine) workplace(q *query) (reply, bool) {
	if !workQuestion.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	return e.workplaceOf(q)
}

// workplaceOf is the workplace the article gives a person the question
// names: a description after the name, else an "of" affiliation.
func (e *Engine) workplaceOf(q *query) (reply, bool) {
	if earlierAsked.MatchString(strings.ToLower(q.raw)) {
		return e.earlierWorkplace(q) // "where did she work before": not where she works now (earlierworkplace.go)
	}
	if p, s := e.afterPersonName(q, workIn); s != nil {
		return reply{found: true, head: capitalise(strings.TrimRight(p, ".")) + ".", used: []*sentence{s}}, true
	}
	if p, s := e.afterPersonName(q, e.jobWorkplace); s != nil {
		return reply{found: true, head: capitalise(strings.TrimRight(p, ".")) + ".", used: []*sentence{s}}, true // "was a nurse at …" (jobworkplace.go)
	}
	if org, s := e.affiliation(q); s != nil {
		return reply{found: true, head: org + ".", used: []*sentence{s}}, true // "Osei, 54, of the University of Minnesota"
	}
	if org, s := e.genitiveEmployer(q); s != nil {
		return reply{found: true, head: org + ".", used: []*sentence{s}}, true // "Delmont's plant manager, Gary Tollefson" (genitiveemployer.go)
	}
	if org, s := e.definiteEmployer(q); s != nil {
		return reply{found: true, head: org + ".", used: []*sentence{s}}, true // "a spokeswoman for the department" (definiteemployer.go)
	}
	return reply{}, false
}

// afterPersonName applies read to the text after each mention of a person
// the question names, in article order, and returns the first phrase it
// gives with its sentence; nil when none does. AP style identifies a
// person right after the name ("Ruiz, 40, of Dover, runs Ada's Bakery").
func (e *Engine) afterPersonName(q *query, read func(rest string) string) (string, *sentence) {
	return e.atPersonNameEnd(q, func(s *sentence, end int) string { return read(s.text[end:]) })
}

// atPersonNameEnd applies read to each sentence and the offset where a
// mention of a person the question names ends, in article order, and
// returns the first phrase it gives with its sentence; nil when none does.
func (e *Engine) atPersonNameEnd(q *query, read func(s *sentence, end int) string) (string, *sentence) {
	return e.atNameEndOf(q.subjects, read)
}

// atNameEndOf is atPersonNameEnd for the people xs.
func (e *Engine) atNameEndOf(xs []int, read func(s *sentence, end int) string) (string, *sentence) {
	for _, x := range xs {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for i := range e.r.sents {
			s := &e.r.sents[i]
			for _, sp := range e.ownNameSpans(s, x) {
				if p := read(s, sp[1]); p != "" {
					return p, s
				}
			}
		}
	}
	return "", nil
}

// workIn reads the workplace from the text that follows a person's name.
func workIn(after string) string {
	if m := workClause.FindStringSubmatch(after); m != nil {
		return strings.TrimRight(m[1]+m[2], ",")
	}
	if m := workVerb.FindStringSubmatch(after); m != nil {
		return strings.TrimRight(m[1], ",")
	}
	return ""
}
