package lookup

// A part counted by what it is (part of stage 4, in unitOf). In "Five of
// the dead were children" the of-partitive subject takes its part from a
// set (the dead), and the subject complement after "be" names a class the
// part belongs to (Quirk et al. 1985, §5.9 on the of-partitive; §16.21 on
// the subject complement as attribute of the subject). So the figure
// counts children as well as dead: "how many children died" is five.
// Only a plural noun heads such a complement (a plural subject takes a
// plural complement noun, §10.8), so "were killed" or "were from Ohio"
// name no class; a complement with the set's own noun ("Six of the
// derailed cars were tank cars") adds nothing to what is counted.

// partitiveComplement is the count read off the subject complement of
// part n of an of-partitive, and true; false when n is no such part or no
// plural noun heads the complement.
func (e *Engine) partitiveComplement(s *sentence, n quantity) (quantity, bool) {
	if n.kind != qCount || !n.part || n.unit == "" || n.end+1 >= len(s.toks) || !copulas[s.toks[n.end].lower] {
		return quantity{}, false
	}
	head, mods := -1, []string(nil)
	for j := n.end + 1; j < len(s.toks); j++ {
		t := s.toks[j]
		if !isWordToken(t) || prepositions[t.lower] || subjectRelatives[t.lower] || t.lower == "and" || t.lower == "or" || t.lower == "not" || t.lower == "in" || t.cap || head >= 0 && commaBetween(s, head, j) {
			break
		}
		if head >= 0 {
			mods = append(mods, s.toks[head].stem)
		}
		head = j
	}
	if head < 0 {
		return quantity{}, false
	}
	w := s.toks[head].lower
	if !(plural(w) || mutatedPlural(w)) || !e.canBe(countedSingular(w), "noun") || s.toks[head].stem == n.unit {
		return quantity{}, false
	}
	return quantity{kind: qCount, unit: s.toks[head].stem, noun: w, mods: mods, tok: n.tok, end: n.end}, true
}
