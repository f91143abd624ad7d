package lookup

// An act told only as the cause of another (part of stage 4, reasons).
// "The park canceled its festival after the parking lot flooded" tells
// the flooding inside an adverbial clause of cause or time, which gives
// the cause or setting of the cancellation (Quirk et al., A Comprehensive
// Grammar of the English Language, §15.45–15.48; actincause.go): the
// clause presents its own act as given, and says nothing of why it
// happened. When the article has no other sentence that tells that act
// with a cause (nominalcause.go) and no neighbour that gives one
// (withCause), the article does not say why, and a why-question about it
// is refused rather than answered with the other act's sentence.

// onlyAsCause reports whether a reason reply used, built on candidate c,
// is c's sentence alone and that sentence tells the asked act only
// inside a clause of cause.
func (e *Engine) onlyAsCause(c candidate, used []*sentence) bool {
	s := &e.r.sents[c.s]
	return len(used) == 1 && used[0] == s && actInCauseClause(s, c.matched)
}
