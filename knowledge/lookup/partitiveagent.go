package lookup

// The agent of a by-phrase may be a partitive: "by a pair of volunteer
// divers", "by a handful of residents" (part of stage 4, who-questions).
// In a partitive construction the noun before "of" counts or measures and
// the noun of the of-phrase is what is counted, the notional head (Quirk
// et al. 1985, §5.7–5.9 on partitive constructions), so the phrase names
// an agent when that noun names a kind of person or organisation, though
// "pair" or "handful" names none.

// partitiveEnd is the index after the of-phrase that follows the noun
// phrase of s ending at end, when its head names no kind of agent and
// the of-phrase's does; end otherwise.
func (e *Engine) partitiveEnd(s *sentence, end int) int {
	h := s.toks[end-1]
	if e.noLex || h.cap || e.namedKind(h.lower) || end+1 >= len(s.toks) || s.toks[end].lower != "of" || !spaced(s, end-1, end+1) {
		return end
	}
	n := nounPhraseEnd(s, end+1)
	if n <= end+1 || s.toks[n-1].cap || !e.namedKind(s.toks[n-1].lower) {
		return end
	}
	return n
}
