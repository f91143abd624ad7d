package lookup

// Aimed-at acts (part of stage 5). "When did construction begin" asks of
// an act that happened, and "the agency hopes to begin construction in
// 2027" tells only an aim: verbs of hope, wish, intention and arrangement
// are non-implicative (Karttunen, "Implicative Verbs", 1971), so the act
// of their to-infinitive (Quirk et al. 1985, §16.38) may never happen,
// and its time answers no question in the past tense, as a modal of
// possibility's does not (pastpossible.go).

// aimedAt reports whether the verb at m is the to-infinitive of a verb of
// hope, wish, intention or arrangement: "hopes to begin", "planned to
// open", "is scheduled to start" (hopeVerbs, intendsAhead and
// intentionWords, whose "will" never stands before "to").
func aimedAt(s *sentence, m int) bool {
	if m < 2 || s.toks[m-1].lower != "to" {
		return false
	}
	w := s.toks[m-2].lower
	return hopeVerbs[w] || intendsAhead[w] || intentionWords[w]
}

// holdsAim reports whether s holds a verb of aim before "to" at all: the
// cheap test before the question is read.
func holdsAim(s *sentence) bool {
	for k := 1; k < len(s.toks); k++ {
		if s.toks[k].lower == "to" && aimedAt(s, k+1) {
			return true
		}
	}
	return false
}
