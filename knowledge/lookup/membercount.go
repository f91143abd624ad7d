package lookup

import "slices"

// A collective noun counted by "how many" counts its members (part of
// stage 4, how many): "police", like "people" and "cattle", is an
// invariable plural (Quirk et al. 1985, §5.78: "The police have arrested
// him"; "fifty police"), so "how many police" asks for the officers the
// force sent. An article counts them by the member's own noun
// ("Eighteen officers"), and WordNet names that member by a compound of
// the collective and the member's noun ("police officer", a synonym of
// "officer" in one of its senses): a noun-noun compound whose first noun
// names the body the head belongs to (Quirk et al. 1985, App. I.57). A
// count whose person noun is, in some sense, the asked collective's
// "<collective> <noun>" counts the collective's members, as
// askedmembers.go's "teachers" count a union's members; a count of
// another person noun ("33 people", "45 volunteers") does not, and an
// article that counts the collective by its own word ("11 crew
// members") has given the count asked.

// collectiveMembers narrows q, a count of a collective noun standing
// right after "many" (zeroplural.go), to the person noun of a count in
// the article that WordNet writes as that collective's compound; q
// unchanged otherwise.
func (e *Engine) collectiveMembers(q *query) *query {
	if e.noLex || q.typ != tCount || len(q.focus) != 1 {
		return q
	}
	at := slices.IndexFunc(q.terms, func(t term) bool { return t.stem == q.focus[0] })
	if at < 0 || !q.countedAfterMany(q.terms[at].lower) || e.lex.KindOf(q.terms[at].lower, "person") || e.countsAskedNoun(q) {
		return q // a person noun is counted by itself; so is a collective the article counts by its own word ("11 crew members")
	}
	for i := range e.r.sents {
		for _, n := range e.r.sents[i].nums {
			if !e.membersNoun(n, q.terms[at].lower) {
				continue
			}
			return q.countedBy(at, n.unit)
		}
	}
	return q
}

// membersNoun reports whether count n counts persons by a noun WordNet
// also writes as "<collective> <noun>" ("officers": "police officer").
func (e *Engine) membersNoun(n quantity, collective string) bool {
	if n.kind != qCount || n.noun == "" || measureOf(n.unit) != "" {
		return false
	}
	w := singular(n.noun)
	if !e.lex.KindOf(w, "person") {
		return false
	}
	return slices.Contains(e.lex.SynonymsInAnySense(w), collective+" "+w)
}
