package lookup

// A name inside the subject's modifiers is not the subject (part of stage
// 4, extracting): in "The chief executive of Harbor Freightways, one of
// the largest trucking companies in the Pacific Northwest, resigned
// Monday" the noun phrase before the verb is headed by "chief executive";
// the of-phrase postmodifies that head and the comma-set appositive
// renames it (Quirk et al. 1985, §17.37 on postmodification by a
// prepositional phrase, §17.65 on apposition), so neither "Harbor
// Freightways" nor "Pacific Northwest" is who resigned.

// inSubjectModifier reports whether token k of s, before the verb at m,
// lies in the name that "of" (past "the") opens, or in a comma-set
// appositive that ends right before m.
func inSubjectModifier(s *sentence, k, m int) bool {
	return subjectModifierStart(s, k, m) >= 0
}

// subjectModifierStart is the first token of the modifier of the subject
// that holds token k, before the verb at m: the "of" before the
// capitalised words k stands in, or the first word of a comma-set
// appositive that ends right before m; -1 when k is in neither.
func subjectModifierStart(s *sentence, k, m int) int {
	if k < 0 || k >= m {
		return -1
	}
	j := k
	for j > 0 && s.toks[j].cap && s.toks[j-1].cap && !commaBefore(s, j) {
		j-- // "of Harbor Freightways": from "Freightways" back to the name's first word
	}
	if j >= 2 && s.toks[j-1].lower == "the" && s.toks[j-2].lower == "of" {
		return j - 2
	}
	if j >= 1 && s.toks[j-1].lower == "of" {
		return j - 1
	}
	if !commaBefore(s, m) {
		return -1
	}
	for c := m - 1; c > 0; c-- {
		if commaBefore(s, c) {
			if k >= c {
				return c
			}
			return -1
		}
	}
	return -1
}

// subjectEntityEndingAt is the entity whose name ends at token k, the
// last before the verb at m, read past the subject's own modifiers: a
// name inside an appositive or an of-phrase gives way to what stands
// before the modifier ("Acme, the largest grocer in Ohio, bought …" is
// Acme's act); -1 when no name ends there.
func (e *Engine) subjectEntityEndingAt(s *sentence, k, m int) int {
	for k >= 0 {
		x, start := e.entitySpanEndingAt(s, k)
		if x < 0 {
			return -1
		}
		from := subjectModifierStart(s, start, m)
		if from < 0 {
			return x
		}
		k = from - 1
	}
	return -1
}
