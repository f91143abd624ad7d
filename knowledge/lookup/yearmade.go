package lookup

import "slices"

// A year before a made thing's noun (part of stage 4, a thing's age):
// "The Bijou Theater, a 1911 vaudeville house," and "the 1911 theater"
// date the thing as "built in 1911" does. A year premodifies a noun as a
// classifier of time (Quirk et al., §17.104, nouns and numbers as
// premodifiers), and of a made thing WordNet files under artifact (a
// building, a ship, an instrument) the time that classifies it is when it
// was made, so "how old is the theater" is answered from it. A year
// before an event's noun ("the 2021 fire", "the 2016 election") tells
// when the event was, not an age, and is left out by the artifact test.

// yearMakes reports whether year n of s premodifies the noun of a made
// thing that is the thing asked (a token in at) or stands in apposition
// right after it ("X, a 1911 vaudeville house").
func (e *Engine) yearMakes(s *sentence, n quantity, at []int) bool {
	if e.lex == nil || n.kind != qYear || n.tok < 1 || !determiners[s.toks[n.tok-1].lower] {
		return false
	}
	h := e.premodifiedHead(s, n.end, true)
	if h < 0 || !e.lex.KindOf(singular(s.toks[h].lower), "artifact") {
		return false
	}
	apposed := n.tok >= 2 && punctuatedBetween(s.text, s.toks, n.tok-1) && nameRunsTo(s, at, n.tok-2)
	return apposed || slices.Contains(at, h)
}

// nameRunsTo reports whether a token in at is token k or opens a run of
// capitalised words, with nothing between them, that ends at k: the
// thing's name ends right before the appositive ("The Bijou Theater," when
// "Bijou" was asked).
func nameRunsTo(s *sentence, at []int, k int) bool {
	for j := k; j >= 0; j-- {
		if slices.Contains(at, j) {
			return true
		}
		if !s.toks[j].cap || j > 0 && punctuatedBetween(s.text, s.toks, j) {
			return false
		}
	}
	return false
}
