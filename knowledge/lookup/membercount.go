package lookup

// A collective noun counted by "how many" counts its members: "police",
// like "people" and "cattle", is an invariable plural (Quirk et al.
// 1985, §5.78: "The police have arrested him"; "fifty police"), so "how
// many police" asks for the officers the force sent. An article counts
// them by the member's own noun ("Eighteen officers"), and WordNet names
// that member by a compound of the collective and the member's noun
// ("police officer", a synonym of "officer"): a noun-noun compound whose
// first noun names the body the head belongs to (Quirk et al. 1985,
// App. I.57). A count whose person noun is, in any sense, the asked
// collective's "<collective> <noun>" counts the collective's members;
// a count of another person noun ("33 people", "45 volunteers") does
// not.

// countsMembersOf reports whether count n counts, by a person noun that
// WordNet also writes as the asked collective's compound, the members
// of the collective q counts ("how many police": "Eighteen officers").
func (e *Engine) countsMembersOf(q *query, n quantity) bool {
	if e.lex == nil || n.kind != qCount || n.noun == "" || len(q.focus) == 0 || measureOf(n.unit) != "" {
		return false
	}
	head := q.focus[len(q.focus)-1]
	w := singular(n.noun)
	if !e.lex.KindOf(w, "person") {
		return false
	}
	for _, t := range q.terms {
		if t.stem != head || !q.countedAfterMany(t.lower) || e.lex.KindOf(t.lower, "person") {
			continue // the collective stands right after "many" (zeroplural.go); a person noun is counted by itself
		}
		for _, s := range e.lex.SynonymsInAnySense(w) {
			if s == t.lower+" "+w {
				return true
			}
		}
	}
	return false
}
