package lookup

// A name is one noun phrase though it holds a preposition (part of stage
// 4, who-questions): the names of institutions carry their own
// postmodifying "of", "on" or "for" phrase ("the University of
// Michigan", "the National Institute on Aging", "Centers for Disease
// Control"; Quirk et al. 1985, §17.37 on the names of institutions), so
// the agent of a by-phrase runs to the end of the name that starts in it,
// not to the preposition inside the name, which would answer "The
// University." for who paid.

// nameRunEnd is end, the index after the noun phrase from k, moved to the
// end of the longest name the article knows that starts in the phrase
// and runs past it.
func (e *Engine) nameRunEnd(s *sentence, k, end int) int {
	out := end
	for _, x := range s.named {
		for i := k; i < end; i++ {
			if n := e.formAt(s, x, i); i+n > out {
				out = i + n
			}
		}
	}
	return out
}
