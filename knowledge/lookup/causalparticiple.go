package lookup

import "strings"

// A change's cause in a participle clause (part of stage 4, why): news of
// figures tells what moved one in an -ed clause after the clause of
// change, its agent in a by-phrase: "its quarterly profit fell 22%, hurt
// by soaring egg prices", "Revenue rose 3%, helped by higher prices". The
// clause is supplementive: its implied subject is the matrix subject
// (Quirk et al. 1985, §15.58), and the reader takes its relation to the
// matrix clause as one of reason (Quirk et al., ch. 15, supplementive
// clauses); the agent of the participle's act on the figure is what moved
// it. A name before the comma makes the clause a postmodifier of the name
// ("Hartwell, founded in 1948 by …": commaparticiple.go), no cause.

// causalParticipleAt reports whether token i of s opens such a clause: a
// past form ("hurt" as well, whose past is its base: before "by" it can
// only be the participle) right after a comma that follows no name, with "by" next
// (past one adverb, "driven largely by"), after a verb of change earlier
// in the sentence.
func (e *Engine) causalParticipleAt(s *sentence, i int) bool {
	w := s.toks[i].lower
	if i < 2 || s.toks[i].cap || s.quoted[i] || s.toks[i-1].cap || strings.HasSuffix(w, "ing") || !e.pastForm(w) && !e.canBe(w, "verb") {
		return false
	}
	if gap := s.text[s.toks[i-1].end:s.toks[i].start]; gap != ", " {
		return false
	}
	by := i + 1
	if by < len(s.toks) && s.toks[by].lower != "by" && e.canBe(s.toks[by].lower, "adv") {
		by++ // "driven largely by"
	}
	if by >= len(s.toks) || s.toks[by].lower != "by" {
		return false
	}
	for k := range i {
		if _, ok := e.changeDirection(s.toks[k].lower); ok && !s.quoted[k] && e.canBe(s.toks[k].lower, "verb") {
			return true
		}
	}
	return false
}
