package lookup

// Result conjuncts (part of stage 4, reasons). "The store cut Sunday
// hours as a result." tells an event as the outcome of what the text told
// just before: a result conjunct ("as a result", "consequently",
// "therefore", "thus", "hence", "so"; Quirk et al., A Comprehensive
// Grammar of the English Language, §8.137, resultOpeners in
// reasonfirst.go) links its clause to the preceding one, anaphorically,
// and so, at the opening or the close of a sentence, gives no cause in
// that sentence: the cause is the sentence before it. "As a result of the
// storm" is a complex preposition with its own complement (§9.10) and
// gives its cause in place.

// anaphoricResultAt reports whether token i of s belongs to a result
// conjunct that opens or closes s and has no complement of its own.
func anaphoricResultAt(s *sentence, i int) bool {
	a, b := resultConjunctSpan(s)
	return a >= 0 && i >= a && i < b
}

// resultConjunctSpan is the token span [a, b) of a result conjunct at the
// opening or the close of s, or -1, -1.
func resultConjunctSpan(s *sentence) (int, int) {
	n := len(s.toks)
	if n >= 4 && asAResult(s, 0) {
		return 0, 3 // "As a result, …"
	}
	if n >= 2 && s.toks[0].lower != "as" && resultOpeners[s.toks[0].lower] && commaBefore(s, 1) {
		return 0, 1 // "Consequently, …", "Thus, …"
	}
	if n >= 4 && asAResult(s, n-3) {
		return n - 3, n // "… as a result."
	}
	return -1, -1
}

// asAResult reports whether "as a result" stands at token k of s with no
// "of" after it.
func asAResult(s *sentence, k int) bool {
	if k < 0 || k+2 >= len(s.toks) || s.toks[k].lower != "as" || s.toks[k+1].lower != "a" || s.toks[k+2].lower != "result" {
		return false
	}
	return k+3 >= len(s.toks) || s.toks[k+3].lower != "of"
}

// resultOfBefore is the sentence whose outcome sentence i tells by a
// result conjunct: the sentence before it in its paragraph, or, when i
// opens a body paragraph, the last sentence of the paragraph before; nil
// when i has no such conjunct or nothing before it.
func (e *Engine) resultOfBefore(i int) *sentence {
	s := &e.r.sents[i]
	if a, _ := resultConjunctSpan(s); a < 0 || i == 0 || s.para == 0 {
		return nil
	}
	p := &e.r.sents[i-1]
	if p.part != s.part || p.para == 0 || p.para < s.para-1 {
		return nil
	}
	return p
}
