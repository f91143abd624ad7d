package lookup

import "slices"

// The head a compound measure premodifies (part of stage 4). A compound
// adjective of measure stands first among a noun's premodifiers, before
// those of material and purpose, and describes the whole nominal, whose
// head is its last noun (Quirk et al., §17.101 on the order of
// premodifiers, §17.104 on compound modifiers; AP Stylebook,
// "dimensions": "the 6-foot man", the hyphenated measure before the noun
// it measures). So "the 42-foot granite tower" and "the 120-foot water
// tower" give the tower's height, though the word right after the measure
// is "granite" or "water".

// premodifiesAskedHead reports whether compound measure n of s
// premodifies a run of nouns and adjectives, past the word right after
// it, that holds one of q's terms. The run's last noun is the head, but
// a verb in -s may read as a noun too ("the 120-foot water tower
// stands"), so any noun of the run that the question asks is taken.
func (e *Engine) premodifiesAskedHead(q *query, s *sentence, n quantity) bool {
	h := e.premodifiedHead(s, n.end, true)
	for k := n.end + 1; k <= h; k++ {
		if slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(s.toks[k]) }) {
			return true
		}
	}
	return false
}
