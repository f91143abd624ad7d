package lookup

import "slices"

// The comparison set of a superlative (part of stage 4, for places). In
// "the oldest watercraft ever found in the Pacific Northwest" the place
// does not say where this watercraft was found: with "ever" and a
// participle it delimits the set of all things found there, which the
// superlative ranks this one against (Huddleston and Pullum 2002, ch. 13
// on the comparison set of superlatives; Quirk et al. 1985, §7.74–7.82
// on comparison). The first, the last and the only one ever found
// somewhere are ranked so too (Quirk et al. 1985 on the unique reference
// that ordinals and "only" give as the superlative does). Asked where
// the thing was found, such a place is no answer.

// comparisonDomain reports whether the place phrase beginning at byte a
// of s follows "ever" and a participle within a few words of a
// superlative, an ordinal or "only".
func (e *Engine) comparisonDomain(s *sentence, a int) bool {
	p := slices.IndexFunc(s.toks, func(t token) bool { return t.start >= a })
	if p < 0 {
		return false // the phrase holds no word
	}
	ever := -1
	for k := p - 1; k >= 0 && k >= p-4 && !commaBetween(s, k, k+1); k-- {
		if s.toks[k].lower == "ever" {
			ever = k
			break
		}
	}
	if ever < 1 {
		return false
	}
	for j := ever - 1; j >= 0 && j >= ever-4; j-- {
		if w := s.toks[j].lower; e.superlativeBase(w) != "" || uniqueRankers[w] {
			return true
		}
	}
	return false
}

// uniqueRankers are the words besides superlatives that rank one thing
// above or apart from all others of its set: the ordinals "first" and
// "last", "only", and "most" and "least" forming a superlative ("the
// most complete skeleton ever found"; Quirk et al. 1985, §7.74).
var uniqueRankers = set("first", "last", "only", "most", "least")
