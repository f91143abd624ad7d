package lookup

import "strings"

// Multi-word verbs read through the thesaurus (part of stage 5): a
// reader asks with a multi-word verb ("how quickly did cops show up",
// "is the state chipping in") what a news story tells with one word
// ("arrived", "contribute"); the multi-word verb is one lexical unit, a
// verb of its own (Quirk et al. 1985, §16.2–16.16; Biber et al. 1999,
// §5.3 on idioms), and Moby Thesaurus II lists it as a root with the
// single words it and they list each other (package moby). Left out as a
// word the article never uses, it would leave the question without its
// verb, and any sentence naming its subject would answer ("9 minutes"
// for the local crew, not the 23 the neighbours' ambulances arrived
// after); so before the question's unknown words are left out, its
// unknown multi-word verbs alone are read as the article's words the
// thesaurus relates to them, under the guards of thesaurusrelated.go
// (never the question's only evidence, no antonyms, the answer types of
// a kind only), and the answer says so. Moby lists a multi-word root's
// words in all its senses ("show up": unmask, open, arrive), so only the
// closer pairs are read (thesaurusNaming, 0.30): on the helpers' pool the
// looser 0.10 gained one answer more, by reading "showed up" as "open"
// ("for the opening of the festival"), the right figure for a wrong reason.

// unknownWordsReply answers q, which holds words the article never uses,
// with its multi-word verbs read through the thesaurus, or else from the
// rest of its words (unknownactobject.go).
func (e *Engine) unknownWordsReply(q *query, h handler) (reply, bool) {
	if r, ok := e.phraseThesaurusReply(q, h); ok {
		return r, true // "how quickly did cops show up": "An officer arrived"
	}
	return e.withoutUnknownReply(q, h)
}

// phraseThesaurusReply answers q with its unknown multi-word terms read
// through the thesaurus, when that reading finds an answer.
func (e *Engine) phraseThesaurusReply(q *query, h handler) (reply, bool) {
	return e.thesaurusReplyOf(q, h, multiWordTerm)
}

// multiWordTerm reports whether t is a term of more than one word.
func multiWordTerm(t term) bool { return strings.Contains(t.lower, " ") }
