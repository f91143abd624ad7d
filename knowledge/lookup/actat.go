package lookup

import "strings"

// A multi-word verb is the act (part of stage 4): a who-question's verb
// may be a phrasal or prepositional verb read as one term ("who looked
// into it", Quirk et al., §16.2–16.5), or a word the article writes as
// one ("who investigated it": the article's "looked into"); its doer is
// the subject of the verb's first word, as of a one-word verb.

// actAt reports whether the term's act is written at token k of toks: a
// form of the word or a synonym, or one of its multi-word forms starting
// there ("looked into" for "investigated").
func (t term) actAt(toks []token, k int) bool {
	return t.matches(toks[k]) || t.phraseAt(toks, k)
}

// ofVerb reports whether a phrasal or prepositional verb term was read
// from the question's word tok, its verb ("looking" of "look into"), or
// a multi-word verb the article never uses starts with tok ("put" of
// "put out"): that verb is then the act asked, which no sentence tells.
func (t term) ofVerb(tok token) bool {
	return t.phrasal && t.stem == tok.stem || strings.HasPrefix(t.lower, tok.lower+" ")
}
