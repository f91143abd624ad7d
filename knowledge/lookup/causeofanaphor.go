package lookup

// The cause of an event named later in its paragraph by an anaphoric
// noun phrase (part of stage 4, reasons). News writing tells an event,
// its toll, and then closes the paragraph with what is known of its
// cause, naming the event again not by its word but by a definite or
// demonstrative noun phrase that refers back to it: "A freight train
// derailed near Minden on Aug. 9. Nineteen cars left the track. The
// safety board is still investigating the cause of that crash"; "The
// cause of the fire is under investigation" (AP Stylebook, on telling a
// cause only as officials give it). "That crash" and "the fire" take their
// referent from the text before them (Halliday and Hasan, "Cohesion in
// English", 1976, §2.4 on demonstrative reference; Quirk et al. 1985,
// §5.32 on the anaphoric definite article), so within the event's
// paragraph the sentence names the asked event's cause, or says it is
// not yet known, which is what a reader asking "what caused it" is owed
// when the event's own sentence gives none.

// anaphoricDeterminers open a noun phrase that refers back: the definite
// article and the demonstratives (Quirk et al. 1985, §5.32, §6.40).
var anaphoricDeterminers = set("the", "that", "this", "those", "these")

// causeOfAnaphorAt is the sentence after sentence i in its paragraph that
// names "the cause of" (or "causes of") a definite or demonstrative noun
// phrase outside quotation marks, or -1.
func (e *Engine) causeOfAnaphorAt(i int) int {
	s := &e.r.sents[i]
	if s.para == 0 {
		return -1
	}
	for n := i + 1; n < len(e.r.sents) && e.r.sents[n].para == s.para; n++ {
		if namesCauseOfAnaphor(&e.r.sents[n]) {
			return n
		}
	}
	return -1
}

// namesCauseOfAnaphor reports whether s holds "cause of" or "causes of"
// followed by an anaphoric determiner and a word after it, unquoted.
func namesCauseOfAnaphor(s *sentence) bool {
	for k := 0; k+3 < len(s.toks); k++ {
		w := s.toks[k].lower
		if (w == "cause" || w == "causes") && !s.quoted[k] && s.toks[k+1].lower == "of" && anaphoricDeterminers[s.toks[k+2].lower] {
			return true
		}
	}
	return false
}
