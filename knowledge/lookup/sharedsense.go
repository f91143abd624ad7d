package lookup

import "slices"

// A yes stated by a verb of the same sense (part of stage 4, yes/no): a
// news story tells an act by a verb of the same meaning as the reader's
// ("the board backs her" for "does the board support her", "inspectors
// are aiding police" for "is anyone helping police"). A WordNet synset is
// a set of verbs interchangeable in some context (Miller, "WordNet: A
// Lexical Database for English", 1995; Fellbaum, "WordNet", 1998, ch. 3),
// and a verb written in its most frequent senses means what those senses
// mean (the sense frequencies of WordNet's tagged SemCor counts). So the
// article's verb, in one of its two most frequent verb senses, sharing
// that sense with the question's verb, states the question's act; a
// synonym only through a rarer sense of the article's word ("kept" for
// "support", the keep of a livelihood) or through a noun sense states
// nothing. The synonym must stand where the question's verb stands: the
// question's words before its verb (its subject) before it, those after it
// (its object) after it, as English orders subject, verb and object (Quirk
// et al. 1985, §2.13, §10.1); "the board endorses the guild's plan" does
// not say the guild supports anything. Like a narrower word (otherwords.go)
// it holds the question's verb for a yes, never for a no: the denials of
// synonyms are read by denialInOtherWords.

// sharedSensesRead is how many of the article verb's most frequent senses
// are read as what it means in a news sentence (wordnet's sensesPerWord).
const sharedSensesRead = 2

// sharedVerbSenseAt returns the tokens of s, outside quotations, holding
// t through a synonym whose most frequent verb senses include one of the
// verb senses of t's word.
func (e *Engine) sharedVerbSenseAt(q *query, s *sentence, t term) []int {
	if e.noLex || t.phrasal || t.weak || len(t.alts) == 0 || stopWords[t.lower] || lightVerbs[t.lower] || copularVerbs[t.lower] {
		return nil
	}
	asked := e.lex.Glosses(t.lower, "verb")
	if len(asked) == 0 {
		return nil
	}
	var out []int
	for k, tok := range s.toks {
		if s.quoted[k] || tok.cap || t.sameWord(tok) || !t.matches(tok) {
			continue
		}
		own := e.lex.Glosses(tok.lower, "verb")
		if len(own) > sharedSensesRead {
			own = own[:sharedSensesRead]
		}
		if slices.ContainsFunc(own, func(g string) bool { return slices.Contains(asked, g) }) && sidesAlike(q, s, t, k) {
			out = append(out, k)
		}
	}
	return out
}

// sidesAlike reports whether every other term of q the sentence holds by
// its own word stands on the same side of token k as it stands of t's
// word in the question.
func sidesAlike(q *query, s *sentence, t term, k int) bool {
	qi := slices.IndexFunc(q.toks, func(x token) bool { return x.lower == t.lower })
	if qi < 0 {
		return false
	}
	for _, u := range q.terms {
		ui := slices.IndexFunc(q.toks, func(x token) bool { return x.lower == u.lower })
		at := termHeldAt(s, u)
		if ui < 0 || ui == qi || lightVerbs[u.lower] || len(at) == 0 {
			continue
		}
		if !slices.ContainsFunc(at, func(a int) bool { return a < k == (ui < qi) }) {
			return false
		}
	}
	return true
}
