package lookup

// motionFrom reports whether q's "from" is stranded from a verb of motion
// after do-support or a modal ("where did he set out from", "where will
// the ferry leave from"): the question asks the source of a movement
// (Quirk et al. 1985, §9.15-9.20, source and goal; Levin 1993, §51.1-51.4,
// the verbs of motion in motionList), which direction.go reads from the
// verb's own "from" phrase, not where the mover is from. A person's home
// written in an appositive beside the subject ("a retired teacher from
// Everett, set out … from Roche Harbor") is no answer to it.
func (q *query) motionFrom() bool {
	ok, motion := q.strandedFrom()
	return ok && motion
}

// strandedFrom reports whether q strands a "from" after do-support or a
// modal, a subject and a verb, with no copula or verb of origin before
// it (ok), and whether a verb of motion comes between (motion).
func (q *query) strandedFrom() (ok, motion bool) {
	op := -1
	for i, t := range q.toks {
		switch {
		case op < 0 && (doForms[t.lower] || modalAux[t.lower]):
			op = i
		case op < 0:
			continue
		case copulas[t.lower] || homeOriginVerbs[t.lower]:
			return false, false
		case t.lower == "from":
			return i > op+2, motion // an operator, a subject and a verb at least
		case motionWord(t.lower):
			motion = true
		}
	}
	return false, false
}
