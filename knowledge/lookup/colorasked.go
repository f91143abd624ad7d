package lookup

// Colour questions (part of stage 4): "what color is the minivan" asks
// for the value of an attribute, a colour term, not for a thing named or
// a passage (Quirk et al. 1985, §11.15 on "what" + noun as a determiner
// of the attribute asked; WordNet 3.0 files the colour terms under the
// noun "color": red, blue, silver). The answer is a colour word, not a
// name, that stands beside a word of the thing asked in a sentence about
// it ("her red minivan", "the minivan is silver"); a sentence that names
// the thing but no colour ("her 2006 minivan") does not answer, and
// without one the article does not say.

// colorSpan is how many words from a word of the thing asked a colour
// word may stand and still be said of it ("the red 2006 minivan").
const colorSpan = 3

// colorNouns are the words a question asks a colour by.
var colorNouns = set("color", "colour", "colors", "colours")

// colorAsked answers "what color is X" with the colour word the article
// writes beside X, or says the article does not say; ok is false for
// other questions.
func (e *Engine) colorAsked(q *query) (reply, bool) {
	if e.lex == nil || len(q.focus) == 0 || !colorNouns[q.whichNoun] {
		return reply{}, false
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !t.matchesStem(q.focus[0]) {
			sub.terms = append(sub.terms, t)
		}
	}
	if len(sub.terms) == 0 {
		return reply{}, false
	}
	for _, c := range e.rank(&sub, nil) {
		if !e.holds(&sub, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if k := e.colorBeside(s, c.matched); k >= 0 {
			return reply{found: true, head: capitalise(s.toks[k].lower) + ".", used: []*sentence{s}}, true
		}
	}
	return e.notSaid(q), true
}

// colorBeside is the token of s, within colorSpan of a matched word, that
// WordNet files under "color" and that is written in lower case (no
// name's word: "Golden Ticket"), or -1.
func (e *Engine) colorBeside(s *sentence, matched []int) int {
	for _, m := range matched {
		for k := max(0, m-colorSpan); k < len(s.toks) && k <= m+colorSpan; k++ {
			t := s.toks[k]
			if k == m || t.cap || stopWords[t.lower] || isNumeric(t) || colorNouns[t.lower] {
				continue
			}
			if e.lex.KindOf(t.lower, "color") {
				return k
			}
		}
	}
	return -1
}

// attributeAsked answers a which-question that asks the value of an
// attribute of one thing rather than an instance of a kind: a military
// rank (rankOf), a colour (colorAsked) or a person's employer
// (employerAsked).
func (e *Engine) attributeAsked(q *query) (reply, bool) {
	if r, ok := e.employerAsked(q); ok {
		return r, true
	}
	if r, ok := e.rankOf(q); ok {
		return r, true
	}
	return e.colorAsked(q)
}
