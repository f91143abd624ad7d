package lookup

// A description that is some person's whole role (part of stage 2,
// understanding). Of two people whose introductions both hold "the race
// director", the one the article calls "Race director" is meant, not
// "the race's medical director": a premodifier restricts its head
// (Quirk et al., §17.3, restrictive modification), so a role with a
// modifier the question leaves out names a narrower office than the one
// asked about.

// wholeRole reports whether one of x's present roles holds nothing but
// words the question's description holds: every content word of the
// role is met by one of them.
func (e *Engine) wholeRole(x int, holds func(token) bool) bool {
	for _, r := range e.rolesOf(x) {
		if r.past {
			continue
		}
		held, all := 0, true
		for _, tok := range e.wordsOf(r) {
			if stopWords[tok.lower] {
				continue
			}
			if !holds(tok) {
				all = false
				break
			}
			held++
		}
		if all && held > 0 {
			return true
		}
	}
	return false
}

// holdsWord reports whether a word of the description meets tok.
func (d *description) holdsWord(tok token) bool {
	for _, k := range d.span {
		if tm, ok := d.meanings[k]; ok && tm.matches(tok) {
			return true
		}
	}
	return false
}

// wholeRoleHolders keeps, of the holders of the role a question asks
// for, those whose role is the question's words and no narrower, when
// some are: "who is the festival director" is not also "the festival's
// medical director". It returns the holders and their roles unchanged
// when none or all are, or when the question asks for one more of a
// kind ("who is the other neighbor", additionalmember.go).
func (e *Engine) wholeRoleHolders(q *query, holders []int, rs []role) ([]int, []role) {
	if additionalBefore(q.toks) {
		return holders, rs
	}
	holds := func(tok token) bool {
		for _, t := range q.terms {
			if t.matches(tok) {
				return true
			}
		}
		for _, t := range q.toks {
			if !stopWords[t.lower] && tok.meets(t.stem) {
				return true // a word also read as part of a name ("the festival director" of the Harbor Jazz Festival)
			}
		}
		return false
	}
	var hs []int
	var keep []role
	for k, x := range holders {
		if e.wholeRole(x, holds) {
			hs, keep = append(hs, x), append(keep, rs[k])
		}
	}
	if len(hs) == 0 {
		return holders, rs
	}
	return hs, keep
}
