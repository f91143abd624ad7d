package lookup

import "strings"

// A particle is no approximator (part of stage 4, a number as an answer):
// "the jackpot had rolled over 38 times" rolled over 38 times, not more
// than 38. "Over", "under", "around" and "about" hedge a number
// (numberApproximators) but are also the particles of phrasal verbs
// (Quirk et al. 1985, §16.3: "roll over", "turn around"). After a verb
// that WordNet lists with the word as one multi-word verb, and before a
// count of times, a frequency adjunct that can be no object of the verb
// (Quirk et al. 1985, §8.64 on frequency adjuncts), the word is the
// verb's particle, and the answer gives the count without it.

// particleFreeCount is text, the answer figure n of s as hedged, without
// a leading word that is the particle of the verb before it.
func (e *Engine) particleFreeCount(s *sentence, n quantity, text string) string {
	k := n.tok - 1
	if e.noLex || k < 1 || !numberApproximators[s.toks[k].lower] || !spatialParticles[s.toks[k].lower] || !timesCount(s, n) {
		return text
	}
	p := s.toks[k].lower
	v := s.toks[k-1].lower
	if l := e.lex.Lemma(v); l != "" {
		v = l
	}
	if !e.lex.IsWord(v+" "+p) || !strings.HasPrefix(strings.ToLower(text), p+" ") {
		return text
	}
	return text[len(p)+1:]
}

// timesCount reports whether n counts times ("38 times", "three times").
func timesCount(s *sentence, n quantity) bool {
	for _, k := range []int{n.end - 1, n.end} {
		if k >= 0 && k < len(s.toks) && s.toks[k].lower == "times" {
			return true
		}
	}
	return false
}
