package lookup

import "strings"

// ofPhraseHead is the head noun before an of-phrase that ends right
// before the participle at token i of s ("a team of Cambodian and Dutch
// researchers led by …"), and whether there is one. A postmodifier after
// "N1 of N2" may belong to either noun (Quirk et al., §17.38 on the
// of-phrase postmodifier and §17.122 on attachment ambiguity), so a
// question asking who led the team is told by "a team of researchers led
// by X" as by "a team led by X". The of-phrase is at most five words,
// with no comma, and holds no verb of its own.
func ofPhraseHead(s *sentence, i int) (token, bool) {
	for k := i - 1; k > 0 && k >= i-5; k-- {
		if strings.ContainsAny(s.text[s.toks[k].end:s.toks[k+1].start], ",;:") {
			return token{}, false
		}
		l := s.toks[k].lower
		if l == "of" {
			if k == i-1 || determiners[s.toks[k-1].lower] || stopWords[s.toks[k-1].lower] {
				return token{}, false
			}
			return s.toks[k-1], true
		}
		if l != "and" && (stopWords[l] || prepositions[l]) {
			return token{}, false
		}
	}
	return token{}, false
}

// askedOfPostmodified reports whether the question's object of t is the
// noun the participle at token i of s postmodifies: the word before it
// (postmodifiedHead) or the head of an of-phrase ending before it.
func (e *Engine) askedOfPostmodified(q *query, t term, s *sentence, i int) bool {
	return e.askedOf(q, t, postmodifiedHead(s, i)) || e.ofHeadAsked(q, t, s, i)
}

// ofHeadAsked reports whether the question's object of t is the head of
// an of-phrase ending before the participle at token i of s.
func (e *Engine) ofHeadAsked(q *query, t term, s *sentence, i int) bool {
	h, ok := ofPhraseHead(s, i)
	return ok && e.askedOf(q, t, h)
}
