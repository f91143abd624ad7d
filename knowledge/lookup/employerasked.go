package lookup

import (
	"regexp"
	"strings"
)

// Employer asked (part of stage 4, workplaces): besides "where does she
// work" and "who does she work for", English asks a person's employer by
// naming the kind of body and the preposition of membership: "what
// company is he with", "which agency is she at", "what firm does he work
// for" (Quirk et al. 1985 §9.20 on "with"/"at"/"for" of membership and
// employment). The kind nouns are WordNet's hyponyms of "organization"
// that news uses for employers: company, firm, agency, department,
// office, group, organisation, business, employer, newspaper, paper,
// station, network, university, school, hospital, union. Such a question
// is answered as the workplace question is (workplace.go, affiliation.go).

// employerQuestion is a what/which-question with an organisation kind
// noun, a person, and a closing "with", "at", "for" or "work for".
var employerQuestion = regexp.MustCompile(`^(?:what|which)\s+(?:company|firm|agency|department|office|group|organi[sz]ation|business|employer|newspaper|paper|station|network|university|school|hospital|union|outfit)\s+(?:is|was|'s|does|did)\s+.+\s+(?:with|at|for)\W*$`)

// employerAsked answers "what company is he with" with the employer the
// article gives the person it names.
func (e *Engine) employerAsked(q *query) (reply, bool) {
	if !employerQuestion.MatchString(strings.ToLower(strings.TrimSpace(q.raw))) {
		return reply{}, false
	}
	return e.workplaceOf(q)
}
