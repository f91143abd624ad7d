package lookup

import "slices"

// The unmarked event. Of a pair of gendered terms the masculine is the
// unmarked one (Lyons, "Semantics", 1977, §9.7; Greenberg, "Language
// Universals", 1966): sports writing qualifies the women's event ("won
// the women's race") and leaves the men's, or the open one, bare ("won
// the race by 38 seconds"). So when a question asks about the men's
// event and the article writes "women's" but never "men's", the men's
// event is the one it names without a qualifier: the question's "men's"
// need not be found, and a sentence about the women's event does not
// answer it.

// markedPairs map the unmarked possessive of each pair to its marked one.
var markedPairs = map[string]string{"men": "women"}

// unmarkedEvent reads a question's "men's" as the article's bare event
// when the article marks only the other: it drops the term and returns
// the marked word whose sentences are no answer, or "".
func (e *Engine) unmarkedEvent(q *query) string {
	for _, t := range q.toks {
		marked, ok := markedPairs[t.lower]
		if !ok || !t.poss || !e.writesPossessive(marked) || e.writesPossessive(t.lower) {
			continue
		}
		q.terms = slices.DeleteFunc(q.terms, func(x term) bool { return x.lower == t.lower })
		return marked
	}
	return ""
}

// writesPossessive reports whether the article writes word w with the
// possessive 's ("women's").
func (e *Engine) writesPossessive(w string) bool {
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			if t.poss && t.lower == w {
				return true
			}
		}
	}
	return false
}

// holdsMarked reports whether s writes the marked possessive w.
func (s *sentence) holdsMarked(w string) bool {
	return slices.ContainsFunc(s.toks, func(t token) bool { return t.poss && t.lower == w })
}
