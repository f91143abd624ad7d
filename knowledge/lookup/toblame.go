package lookup

// "X was to blame" names X as the cause (part of stage 4, reasons). "Be
// to blame (for something)" is a fixed predicate meaning to be its cause
// or to be responsible for it (Cambridge Dictionary, "be to blame";
// Oxford Learner's, "be to blame (for something)"): its subject is the
// cause and what follows "for" the effect, as the subject of an active
// verb of causing is (causedeffect.go). So "the runoff was to blame for
// most of the nutrients" tells what the runoff caused, not what caused
// the runoff, and answers "what led to the runoff" no more than "the
// runoff caused the bloom" does.

// toBlameAt reports whether token i of s is the "blame" of "be to blame":
// "to" before it and a form of "be" before that.
func toBlameAt(s *sentence, i int) bool {
	return s.toks[i].lower == "blame" && i >= 2 && s.toks[i-1].lower == "to" && beForms[s.toks[i-2].lower]
}
