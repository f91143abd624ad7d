package lookup

import "slices"

// A group's members counted by what they are (part of stage 4, how
// many): "how many members does the teachers union have" of "the
// union, which represents about 34,000 teachers and school employees".
// WordNet 3.0 defines member.n.01 as "one of the persons who compose a
// social group", so a count of persons given in a sentence that names the
// group counts its members, by whatever noun names them (teachers,
// farmers, employees), as a count in a collective phrase counts the
// collective's members (Quirk et al. 1985, §5.9 on partitive and
// collective nouns, §10.39). The group must be one the question names, a
// noun WordNet files under social_group ("union", "cooperative",
// "club"), and the sentence must write it; the article's noun then stands
// for the question's "members", as agentpeople.go's "bidders" stands for
// "people".

// memberStem is the stem of the noun that asks for a group's members.
var memberStem = stemOf("members")

// membersByNoun narrows q, a "how many members" question naming a group,
// to count the persons the article counts in the first sentence that
// writes the group; q unchanged otherwise.
func (e *Engine) membersByNoun(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 || q.focus[0] != memberStem {
		return q
	}
	at := slices.IndexFunc(q.terms, func(t term) bool { return t.stem == memberStem })
	if at < 0 {
		return q
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !e.writesGroupOf(q, s) {
			continue
		}
		for _, n := range s.nums {
			if n.kind != qCount || n.unit == "" || generalPersonStems[n.unit] || !e.countsPeople(n) {
				continue
			}
			return q.countedBy(at, n.unit)
		}
	}
	return q
}

// countedBy is q narrowed to a count of unit: the asked noun, term at,
// is met by the noun the article counts its members with.
func (q *query) countedBy(at int, unit string) *query {
	c := *q
	c.focus = []string{unit}
	c.terms = slices.Clone(q.terms)
	c.terms[at].alts = append(slices.Clip(c.terms[at].alts), unit)
	c.terms[at].known = true
	return &c
}

// writesGroupOf reports whether s writes a term of q, other than
// "members", that names a social group.
func (e *Engine) writesGroupOf(q *query, s *sentence) bool {
	for _, t := range q.terms {
		if t.stem != memberStem && !t.weak && t.known && e.lex.KindOf(t.lower, "social_group") && s.hasTerm(t) {
			return true
		}
	}
	return false
}
