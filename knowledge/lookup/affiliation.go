package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Affiliation (part of stage 4, workplaces): AP style identifies a person
// by name, age and an "of" phrase, which gives their hometown when it
// names a place (residence.go) and their affiliation, the institution
// they work for, when it names an organisation ("Dr. Miriam Osei, 54, of
// the University of Minnesota"; AP Stylebook, "academic titles" and
// "identification"). So "where does Osei work" and "who does she work
// for" are answered by it when no description names a workplace.

// workForQuestion asks a person's employer with a who-question ("who does
// she work for"): the object of "work for" is the employer.
var workForQuestion = lazyRE(`^who\b.*\bwork(?:s|ed|ing)?\s+for(?:\s+(?:before|previously|earlier)\b.*)?\W*$`)

// affiliation is the organisation named in the "of" phrase right after a
// mention of a person the question names ("Osei, 54, of the University of
// Minnesota"), with its sentence; "" and nil when none.
func (e *Engine) affiliation(q *query) (string, *sentence) {
	return e.atPersonNameEnd(q, func(s *sentence, end int) string {
		if org := e.ofOrganisation(s, end); org >= 0 {
			return e.a.Entities[org].Name
		}
		return ""
	})
}

// ofOrganisation is the organisation named by an "of" phrase that follows
// a name ending at character end of s, past a comma and an age ("Osei,
// 54, of the University of Minnesota"), or -1.
func (e *Engine) ofOrganisation(s *sentence, end int) int {
	y, _, _ := e.ofOrganisationSpan(s, end)
	return y
}

// ofOrganisationSpan is ofOrganisation with the phrase's tokens: from
// its "of" up to the end of the organisation's name ("of the North
// Dakota Highway Patrol"); -1 when there is none.
func (e *Engine) ofOrganisationSpan(s *sentence, end int) (y, from, to int) {
	k := 0
	for k < len(s.toks) && s.toks[k].start < end {
		k++
	}
	if j := closeOfStart(s, end, k); j >= 0 {
		k = j // "Dana Ruiz of the Forest Service" (closeaffiliation.go)
	} else if k >= len(s.toks) || !strings.HasPrefix(strings.TrimSpace(s.text[end:s.toks[k].start]), ",") {
		return -1, 0, 0 // the "of" phrase stands in apposition, after a comma
	} else if isNumeric(s.toks[k]) && k+1 < len(s.toks) && commaBetween(s, k, k+1) {
		k++ // "54,": the age
	}
	if k+1 >= len(s.toks) || s.toks[k].lower != "of" {
		return -1, 0, 0
	}
	from = k
	k++
	if s.toks[k].lower == "the" {
		k++
	}
	for _, y := range s.named {
		if e.r.ents[y].kind != knowledge.Organisation || k >= len(s.toks) {
			continue
		}
		if n := e.formAt(s, y, k); n > 0 {
			return y, from, k + n
		}
	}
	return -1, 0, 0
}

// affiliationHome answers "where is X from" for person x by the
// organisation of the "of" phrase after their name, when the article
// gives no town: AP style's "of" phrase identifies a person by where
// they come from, a town or else the institution they are from ("a team
// led by Charles Cadieux of the University of Montreal"). A company is
// an employer, not where one is from ("Tom Kessler of Brantley Corp.").
func (e *Engine) affiliationHome(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, sp := range e.ownNameSpans(s, x) {
			if org := e.ofOrganisation(s, sp[1]); org >= 0 && !e.r.isCompany(org) {
				return reply{found: true, head: endSentence(e.a.Entities[org].Name), used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// titleAffiliated is desc, a bare title before x's name ("the
// lieutenant"), with the "of" phrase of x's affiliation that follows the
// name: AP style identifies by title and affiliation together ("Lt. Tom
// Iverson of the North Dakota Highway Patrol"; AP Stylebook, "titles"
// and "identification"), and the title alone says less than the article.
func (e *Engine) titleAffiliated(x int, desc string) string {
	phrase, _ := e.atNameEndOf([]int{x}, func(s *sentence, end int) string {
		if y, from, to := e.ofOrganisationSpan(s, end); y >= 0 {
			return s.text[s.toks[from].start:s.toks[to-1].end]
		}
		return ""
	})
	if phrase == "" {
		return desc
	}
	return desc + " " + phrase
}
