package lookup

// A people counted by its proper noun (part of stage 4, count questions):
// the names of nationalities, peoples and the residents of a place are
// capitalised nouns (AP Stylebook, "nationalities and races": "Americans",
// "Texans"), and after a cardinal such a plural is the counted noun
// itself, as a common noun would be ("About 38 million Americans have
// some hearing loss"; Quirk et al. 1985, §5.59, proper nouns used as
// count nouns in the plural). Reading a figure's noun phrase stops at a
// capital (numbers.go, where a capital usually starts a name), so "how
// many americans" is matched here by the capitalised plural written
// straight after the figure when nothing else counts it.

// properCountedUnit is unitOf's unit for figure n of s, unit as found so
// far: 1 when no unit was read and the word right after the figure is a
// capitalised plural that ends its noun phrase and is the noun the
// question counts.
func properCountedUnit(q *query, s *sentence, n quantity, unit int) int {
	if unit != 0 || n.kind != qCount || n.unit != "" || len(q.focus) != 1 || n.end >= len(s.toks) {
		return unit
	}
	t := s.toks[n.end]
	if !t.cap || !plural(t.lower) || punctuatedBetween(s.text, s.toks, n.end) {
		return unit
	}
	if n.end+1 < len(s.toks) && s.toks[n.end+1].cap && !punctuatedBetween(s.text, s.toks, n.end+1) {
		return unit // "400 Boeing jets", "12 Marine Corps bases": a name premodifies another head
	}
	if stemOf(singular(t.lower)) == q.focus[0] || t.stem == q.focus[0] {
		return 1
	}
	return unit
}
