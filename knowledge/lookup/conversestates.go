package lookup

// Antonymy is a symmetric relation: if "stop" is the opposite of "start",
// "start" is the opposite of "stop" (Lyons, "Semantics", 1977, §9.1;
// Cruse, "Lexical Semantics", 1986, ch. 9). WordNet records the link on
// particular senses, and the engine follows it only from a word's most
// frequent senses, so it can lie on one side only: "stop" lists "start",
// but "start" in its most frequent senses lists nothing. A sentence that
// writes "stopped charging late fines in 2020" tells when the opposite of
// "start charging" happened, and answers nothing about when it started.
//
// opposedFromSentence reports whether a word of s, read through its own
// WordNet antonyms, is the opposite of term t: the other side of the
// check statesOpposite makes from the question's word.
func (e *Engine) opposedFromSentence(s *sentence, t term) bool {
	for _, tok := range s.toks {
		if len(tok.lower) < 3 || stopWords[tok.lower] {
			continue
		}
		for _, a := range e.antonymWords(tok.lower) {
			if a == t.lower || stemsMeet(stemOf(a), t.stem) || e.lex.Lemma(t.lower) == a {
				return true
			}
		}
	}
	return false
}
