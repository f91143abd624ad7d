package lookup

import (
	"strings"

	"storybot/knowledge"
)

// An organisation in apposition to the role asked (part of stage 4).
// News writing names the holder of a role right after the definite noun
// of the role, set off by commas ("The seller, the Ledge Point
// Preservation Society, said …"; Quirk et al. 1985, §17.65–17.72 on
// appositive noun phrases, the second identifying the first). A role of
// buying, selling, owning or bidding may be held by an organisation, and
// "who" asks for it as it asks for a person: a collective noun of
// people seen as acting together takes the personal "who" (Quirk et al.
// 1985, on the personal and non-personal relative and interrogative
// pronouns with collective nouns). So "who was the seller" is answered by
// the organisation in apposition, which the article's roles of people do
// not hold.

// apposedOrganisation answers "who is the N" with the organisation
// named, with or without "the", right after a word meeting the question's
// one term and a comma, and ending at a comma or the sentence's end, in
// the best-ranked sentence that has one.
func (e *Engine) apposedOrganisation(q *query) (reply, bool) {
	if len(q.terms) != 1 || !asksRole(q) {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		for _, k := range c.matched {
			if k+2 >= len(s.toks) || s.quoted[k] || !strings.HasPrefix(s.text[s.toks[k].end:], ",") {
				continue
			}
			j := k + 1
			if s.toks[j].lower == "the" {
				j++
			}
			if x, ok := e.organisationAt(s, j); ok {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// organisationAt is the organisation s names from token j to a comma or
// the sentence's end.
func (e *Engine) organisationAt(s *sentence, j int) (int, bool) {
	for x, ent := range e.r.ents {
		if ent.kind != knowledge.Organisation {
			continue
		}
		for _, f := range ent.forms {
			if !matchForm(s.toks, j, f) {
				continue
			}
			if end := j + len(f); end == len(s.toks) || strings.HasPrefix(s.text[s.toks[end-1].end:], ",") {
				return x, true
			}
		}
	}
	return 0, false
}
