package lookup

// A figure asked with a modal of possibility is a possible figure (part of
// stage 4, numbers). "How much prison time could he get" asks what may
// happen, not what did: the modals "could", "might", "may" and "would"
// express possibility and hypothesis (Quirk et al. 1985, §4.49–4.67), and
// news writing states such a figure with one ("could face up to 20
// years"), where a figure in a clause of fact ("served four years") tells
// what was. A figure in a clause with a modal weighs more.

// modalWeight is 2 for figure n of s when q asks with a modal of
// possibility (possibility.go) or "would" and n stands in a clause with a
// modal, 0 otherwise.
func modalWeight(q *query, s *sentence, n quantity) float64 {
	for _, t := range q.toks {
		if possibilityModals[t.lower] || t.lower == "would" {
			if modalSpan(s, n) {
				return 2
			}
			return 0
		}
	}
	return 0
}
