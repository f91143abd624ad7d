package lookup

import (
	"strings"
)

// A name in apposition (part of stage 4): news writing names someone, or
// an animal, right after the noun that describes them, set off by commas:
// "her husband, Rafael," "The mother, 14-year-old Nandi," (Quirk et al.
// 1985, §17.65–17.72 on appositive names; AP Stylebook, "ages" for the
// age before the name). Asked "what's the mom's name", the article's
// answer is that name, whether or not it is a person the reading knows.

// nameAfterNoun is the capitalised name set off by a comma after a noun:
// an optional age compound, then one to three capitalised words, then a
// comma or the sentence's end.
var nameAfterNoun = lazyRE(`^,\s+(?:\d{1,3}-year-old\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,|\.\s*$|\s+\()`)

// nameAsComplement is a name as the complement of "is" or "was" after a
// noun ("Their father is 11-year-old Bima."): the copula identifies the
// subject with the name (Quirk et al. 1985, §10.8, the subject
// complement), as apposition does; the name ends the sentence or a
// clause.
var nameAsComplement = lazyRE(`^\s+(?:is|was)\s+(?:\d{1,3}-year-old\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?:,|\.\s*$)`)

// knownName reports whether name is a form of an entity the article
// knows: the role machinery answers "who is the ROLE" for those, by the
// role's whole description; a name the article gives only here (an
// animal's, a child's first name) is read from the apposition alone.
func (e *Engine) knownName(name string) bool {
	xs, _ := e.entitiesIn(tokenize(name))
	return len(xs) > 0
}

// asksName reports whether q asks for a name ("what's the mom's name",
// "what is the name of the mother").
func asksName(q *query) bool {
	return q.typ == tPerson && strings.Contains(strings.ToLower(q.raw), "name")
}

// namedInApposition answers a name question, or "who is the ROLE", whose
// noun the article follows with a name in apposition or as the
// complement of "is": the best-ranked sentence where a word meeting one
// of the question's terms is followed by such a name.
func (e *Engine) namedInApposition(q *query) (reply, bool) {
	byName := asksName(q)
	if !byName && !(asksRole(q) && e.namesPersonNoun(q)) {
		return reply{}, false // "whats the moms name", "who is the father"
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, k := range c.matched {
			if k+1 >= len(s.toks) || s.quoted[k] {
				continue
			}
			for _, re := range []*lazyRegexp{nameAfterNoun, nameAsComplement} { // "Their father is 11-year-old Bima."
				if m := re.FindStringSubmatch(s.text[s.toks[k].end:]); m != nil && (byName || !e.knownName(m[1])) {
					return reply{found: true, head: m[1] + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}
