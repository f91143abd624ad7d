package lookup

import (
	"slices"
	"strings"
)

// Works named by their titles (part of stage 4, which-questions): AP style
// puts the titles of books, films, paintings, sculptures and other works
// in quotation marks (AP Stylebook, "composition titles"), and news
// writing sets the title in apposition to the noun that says what the
// work is, after it ('The painting, "Evening at Harrow Creek," had not
// been seen') or before it ('"Iron Psalm," a steel sculpture'; Quirk et
// al., §17.65, nonrestrictive apposition). "Which painting" or "what
// sculpture" then asks for the title: the instance of the noun the
// article names by it.

// titledWork is a title the article apposes to a noun, and the sentence
// that does.
type titledWork struct {
	title string
	s     *sentence
}

// titledWorks are the titles the article apposes to noun or to a noun
// WordNet files under it ("a landscape" is a painting), first one first,
// each title once.
func (e *Engine) titledWorks(noun string) []titledWork {
	var out []titledWork
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for _, t := range e.appositiveTitles(s, noun) {
			if !slices.ContainsFunc(out, func(w titledWork) bool { return w.title == t }) {
				out = append(out, titledWork{t, s})
			}
		}
	}
	return out
}

// appositiveTitles are the titles in s set off by commas right after a
// noun of the kind asked or followed by an indefinite noun phrase headed
// by one: a run of at most eight quoted words, the first capitalised,
// inside one pair of quotation marks.
func (e *Engine) appositiveTitles(s *sentence, noun string) []string {
	var out []string
	for a := 0; a < len(s.toks); a++ {
		if !s.quoted[a] || a > 0 && s.quoted[a-1] || !s.toks[a].cap {
			continue
		}
		b := a
		for b < len(s.toks) && s.quoted[b] && b-a <= 8 {
			b++
		}
		if b-a > 8 || !opensQuote(s, a) || !closesQuote(s, b) {
			continue
		}
		if e.kindNounBefore(s, a, noun) || e.kindNounAfter(s, b, noun) {
			out = append(out, strings.TrimRight(s.text[s.toks[a].start:s.toks[b-1].end], ",.;:"))
		}
	}
	return out
}

// opensQuote reports whether a quotation mark stands right before token a.
func opensQuote(s *sentence, a int) bool {
	from := 0
	if a > 0 {
		from = s.toks[a-1].end
	}
	return strings.ContainsAny(s.text[from:s.toks[a].start], "\"“")
}

// closesQuote reports whether a quotation mark stands right after token
// b-1 and a comma or the sentence's end with it (',"' or '",').
func closesQuote(s *sentence, b int) bool {
	to := len(s.text)
	if b < len(s.toks) {
		to = s.toks[b].start
	}
	gap := s.text[s.toks[b-1].end:to]
	return strings.ContainsAny(gap, "\"”") && (b == len(s.toks) || strings.Contains(gap, ","))
}

// kindNounBefore reports whether the title at token a follows a
// lower-case noun of the kind asked and a comma ("The painting, "…"").
func (e *Engine) kindNounBefore(s *sentence, a int, noun string) bool {
	if a < 1 || s.toks[a-1].cap || !strings.Contains(s.text[s.toks[a-1].end:s.toks[a].start], ",") {
		return false
	}
	return e.nounOfKind(s.toks[a-1], noun)
}

// kindNounAfter reports whether the title ending before token b is
// followed by "a" or "an" and, within four words and before a
// preposition or a mark, a noun of the kind asked ('"Iron Psalm," a
// steel sculpture').
func (e *Engine) kindNounAfter(s *sentence, b int, noun string) bool {
	if b >= len(s.toks) || s.toks[b].lower != "a" && s.toks[b].lower != "an" {
		return false
	}
	for k := b + 1; k < len(s.toks) && k <= b+4; k++ {
		t := s.toks[k]
		if prepositions[t.lower] || stopWords[t.lower] {
			return false
		}
		if !t.cap && e.nounOfKind(t, noun) {
			return true
		}
		if k+1 < len(s.toks) && strings.TrimSpace(s.text[t.end:s.toks[k+1].start]) != "" {
			return false
		}
	}
	return false
}

// nounOfKind reports whether t is noun, in any number, or a noun WordNet
// files under it.
func (e *Engine) nounOfKind(t token, noun string) bool {
	return e.sameNoun(t, noun) || e.lex != nil && e.lex.KindOf(singular(t.lower), singular(noun))
}

// titledAnswer answers a which-question about a noun of works with the
// title the article apposes to it: the one the best sentence holds, or
// the only one the article names when the best sentence refers back to
// it by "the" and the noun ("lend the painting"; Quirk et al., §5.32).
func (e *Engine) titledAnswer(q *query, best *sentence) (reply, bool) {
	if best == nil {
		return reply{}, false
	}
	works := e.titledWorks(q.whichNoun)
	var held []string
	for _, w := range works {
		if strings.Contains(best.text, w.title) {
			held = append(held, w.title)
		}
	}
	if len(held) > 0 {
		return reply{found: true, head: joinNames(held) + ".", used: []*sentence{best}}, true
	}
	if len(works) != 1 || !e.definiteNoun(best, q.whichNoun) {
		return reply{}, false
	}
	used := []*sentence{works[0].s}
	if best != works[0].s {
		used = append(used, best)
	}
	return reply{found: true, head: works[0].title + ".", used: used}, true
}
