package lookup

import "strings"

// medialSequence is the sequence adverb a sentence puts in the medial
// position of its clause, between the subject and a finite past verb ("The
// company then sold three of its planes", "They then flushed the lines",
// "The driver later died"): the time adjuncts of sequence "then", "later",
// "afterward(s)", "subsequently" stand medially as often as initially
// (Quirk et al. 1985, §8.137–8.139; §8.20, the M position of adjuncts), and
// there too they tell that the clause's event followed the one told
// before. The adverb must stand before any comma of the sentence (the
// main clause's own adjunct, not one of a clause after it) and follow no
// preposition ("since then", "by then", "until then" point at a time
// already reached, not a next step).
func (e *Engine) medialSequence(s *sentence) bool {
	for i := 1; i+1 < len(s.toks); i++ {
		t := s.toks[i]
		if !medialSequenceAdverbs[t.lower] {
			continue
		}
		if strings.Contains(s.text[:t.start], ",") {
			return false
		}
		prev := s.toks[i-1].lower
		if prepositions[prev] || timePrepositions[prev] { // timePrepositions (times.go): "by", "until", "till", "since"
			return false
		}
		return e.finitePast(s.toks[i+1].lower)
	}
	return false
}

// medialSequenceAdverbs are the time adjuncts of sequence that stand
// between a subject and its verb (Quirk et al. 1985, §8.137).
var medialSequenceAdverbs = set("then", "later", "afterward", "afterwards", "subsequently")
