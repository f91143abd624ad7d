package lookup

import "strings"

// "Impossible without X" (part of stage 5, yes/no). "Without" negates
// what follows it, but after a negative in the same clause the two
// negatives make a positive: "would have been impossible without climate
// change" and "could not have happened without the grant" state that X
// was needed, so X took part (Quirk et al., §10.64 on two negatives in one
// clause; §10.72 on affixal negation, "impossible", "unable", whose
// antonym is the word without its prefix).

// negativePrefixes are the affixal negative prefixes of adjectives
// (Quirk et al., Appendix I.19: un-, in- and its forms im-, il-, ir-).
var negativePrefixes = []string{"un", "in", "im", "il", "ir"}

// doubleNegatedWithout reports whether the "without" right before the
// word at m follows a negative in its clause: a negation word, or an
// adjective of affixal negation WordNet gives the unprefixed word as
// antonym of. The clause runs back to a comma, a colon or the start.
func (e *Engine) doubleNegatedWithout(s *sentence, m int) bool {
	w := m - 1
	for w >= 0 && s.toks[w].lower != "without" {
		if w < m-4 {
			return false
		}
		w--
	}
	if w < 1 {
		return false
	}
	for k := w - 1; k >= 0 && k >= w-8; k-- {
		if commaBetween(s, k, k+1) {
			return false
		}
		l := s.toks[k].lower
		if negations[l] && l != "without" || strings.HasSuffix(l, "n't") || e.affixalNegative(l) {
			return true
		}
	}
	return false
}

// affixalNegative reports whether w is a negative prefix and an adjective
// WordNet has as w's antonym ("impossible": possible).
func (e *Engine) affixalNegative(w string) bool {
	if e.lex == nil {
		return false
	}
	for _, p := range negativePrefixes {
		if base, ok := strings.CutPrefix(w, p); ok && len(base) > 3 {
			for _, a := range e.lex.Antonyms(w) {
				if a == base {
					return true
				}
			}
		}
	}
	return false
}
