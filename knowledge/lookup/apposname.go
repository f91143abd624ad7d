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

// asksName reports whether q asks for a name ("what's the mom's name",
// "what is the name of the mother").
func asksName(q *query) bool {
	return q.typ == tPerson && strings.Contains(strings.ToLower(q.raw), "name")
}

// namedInApposition answers a name question whose noun the article
// follows with a name in apposition: the best-ranked sentence where a
// word meeting one of the question's terms is followed by such a name.
func (e *Engine) namedInApposition(q *query) (reply, bool) {
	if !asksName(q) {
		return reply{}, false
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
			if m := nameAfterNoun.FindStringSubmatch(s.text[s.toks[k].end:]); m != nil {
				return reply{found: true, head: m[1] + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}
