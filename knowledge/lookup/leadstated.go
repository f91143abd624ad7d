package lookup

// A directing verb told as an act (part of stage 4): "who led the
// Rangers in scoring" asks for the doer of "lead" the sentence "Jada
// Price led the Rangers with 22 points" names, not for the team's head
// coach. "Lead" and "run" also mean to be ahead of others (WordNet 3.0,
// "lead": "be ahead of others; be the first"), and a sentence with a
// person for the verb's subject and the organisation for its object
// tells that act of its own (Quirk et al., §10.19, the subject as
// agent): who did it is the answer, and the leader by title
// (leaders.go) is asked only when the article tells no such act.

// leadStated reports whether a sentence of the article has a person
// right before a verbal form of directing term t and one of orgs named
// within three words after it ("Jada Price led the Rangers").
func (e *Engine) leadStated(t term, orgs []int) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, m := range termAt(s, t) {
			if nominalAt(s.toks, m) || s.toks[m].cap || e.personEndingAt(s, m) < 0 {
				continue
			}
			for _, x := range orgs {
				for k := m + 1; k < len(s.toks) && k <= m+3; k++ {
					if contains(s.named, x) && e.formAt(s, x, k) > 0 {
						return true
					}
				}
			}
		}
	}
	return false
}
