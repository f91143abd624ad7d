package lookup

// An ordinal of a narrower class (part of stage 4, yes/no): "was it
// Emerson's first homer" against "It was the first walk-off homer of
// Emerson's career and his fourth home run since being called up". An
// ordinal ranks the class its noun phrase names (Quirk et al. 1985,
// §6.66, ordinal numerals; §17.101, a premodifier narrows its head), so
// "the first walk-off homer" is first among walk-off homers, not among
// homers, and says nothing of the question's wider class; another
// ordinal right before the question's noun ("his fourth home run") ranks
// it otherwise, and the answer is No.

// ordinalVerdict reads the ordinal the question puts before its noun in
// s: other when s puts a different ordinal right before that noun (or a
// word for it), narrower when s puts the same ordinal before it only with
// a premodifier between. Both are false when the question has no ordinal
// before a noun or s ranks the noun as asked.
func (e *Engine) ordinalVerdict(q *query, s *sentence) (other, narrower bool) {
	for i := 0; i+1 < len(q.toks); i++ {
		asked, ok := ordinalValue(q.toks[i].lower)
		if !ok {
			continue
		}
		t, ok := q.termFor(q.toks[i+1].lower)
		if !ok {
			continue
		}
		exact := false
		for j := 0; j+1 < len(s.toks); j++ {
			v, ok := ordinalValue(s.toks[j].lower)
			if !ok {
				continue
			}
			right := t.matches(s.toks[j+1]) || t.phraseAt(s.toks, j+1) // "home run" for "homer"
			switch {
			case right && v == asked:
				exact = true
			case right:
				other = true // "his fourth home run"
			case v == asked && j+2 < len(s.toks) && !s.toks[j+1].cap && t.matches(s.toks[j+2]):
				narrower = true // "the first walk-off homer"
			}
		}
		if exact {
			return false, false
		}
		return other, narrower && !other
	}
	return false, false
}
