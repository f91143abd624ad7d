package lookup

// "Led" as a word of cause (part of stage 4, reasons). The verb "lead"
// causes only in two of its senses, each with its own complement
// (WordNet 3.0: "tend to or result in", "This remark lead to further
// arguments", with a to-phrase; "cause to undertake a certain action",
// "Her greed led her to forge the checks", with an object and a
// to-infinitive, the frame "Somebody ----s somebody to INFINITIVE"). In
// its commonest sense in news writing it means to head or be in charge
// of ("who had led the quasi-public agency since 2018", WordNet: "be in
// charge of"), and the sentence then gives no cause at all.

// causalLed reports whether "led" at token i of s takes a causal
// complement: "to" right after it, or an object then "to" and a verb
// within its clause.
func (e *Engine) causalLed(s *sentence, i int) bool {
	if i+1 < len(s.toks) && s.toks[i+1].lower == "to" {
		return true
	}
	for k := i + 1; k+1 < len(s.toks) && k <= i+5; k++ {
		if commaBetween(s, k-1, k) {
			return false
		}
		if s.toks[k].lower == "to" {
			next := s.toks[k+1]
			return !next.cap && !determiners[next.lower] && !startsWithDigit(next.lower) && e.canBe(next.lower, "verb")
		}
	}
	return false
}
