package lookup

import (
	"strings"
)

// Job workplace (part of stage 4, workplaces): besides the appositive
// "Ruiz, a nurse at WakeMed" (workplace.go), news writing gives a
// person's job and workplace as the subject complement of "be" ("Ruiz,
// 52, was a registered nurse at Miami Valley Hospital"; Quirk et al.
// 1985, §16.21 on the subject complement) and in a relative clause with
// "work as" ("Pratt, who works as a mail carrier for the Postal
// Service"). In either the "at", "for" or "with" phrase after the job
// noun is the employer (Quirk et al. §9.20 on those prepositions of
// employment), and it need not be a name: "a line cook at a diner on
// Fairview Avenue", "a paralegal at a law firm" give the workplace by
// an indefinite noun phrase whose head WordNet files under organization,
// building or establishment (the kinds of place one works at), or under
// no abstraction in its two most frequent senses (a "diner" is a person
// or a dining car there, yet no measure, time or quality as in "a nurse
// for a decade" or "at a rate").

// jobLead is the text right after a name that leads to a job noun: the
// age, then "is/was a", "who works as a", or the appositive "a".
const jobLead = `^(?:,\s+\d{1,3})?,?\s+(?:(?:is|was|has\s+been|had\s+been)\s+|who\s+(?:works|worked|is|was)\s+as\s+|(?:,\s+)?)(?:an?|the)\s+[a-z][\w -]*?\s(?:at|for|with)\s+`

// jobAtName is a job description whose employer is a name.
var jobAtName = lazyRE(jobLead + employerName + `((?:\s+(?:on|in)\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)?)`)

// jobAtCommon is a job description whose employer is an indefinite noun
// phrase of up to three words, with the street or town it stands on,
// ending the clause or followed by a time or coordinated phrase.
var jobAtCommon = lazyRE(jobLead + `(an?\s+(?:[a-z][\w'-]*\s+){0,2}?([a-z][\w'-]*))((?:\s+(?:on|in)\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)*)*)(?:[,.;]|\s+(?:for|since|until|and|when)\b|$)`)

// workplaceKinds are the WordNet nouns under which a place of work is
// filed: organization (firm, agency), establishment (restaurant, shop)
// and building (diner, hospital, factory).
var workplaceKinds = []string{"organization", "establishment", "building"}

// jobWorkplace reads the workplace from a job description after a
// person's name; "" when there is none.
func (e *Engine) jobWorkplace(after string) string {
	if m := jobAtName.FindStringSubmatch(after); m != nil {
		return strings.TrimRight(m[1]+m[2], ",")
	}
	m := jobAtCommon.FindStringSubmatch(after)
	if m == nil || e.noLex {
		return ""
	}
	for _, k := range workplaceKinds {
		if e.lex.KindOf(m[2], k) {
			return strings.TrimRight(m[1]+m[3], ",")
		}
	}
	if e.canBe(m[2], "noun") && !e.lex.KindOf(m[2], "abstraction") {
		return strings.TrimRight(m[1]+m[3], ",") // "a diner": a concrete thing one works at
	}
	return ""
}
