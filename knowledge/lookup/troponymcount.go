package lookup

import (
	"slices"
	"strings"
)

// A count's own verb may be a manner of the act asked: "volunteers
// hauled 48 tires out of the water" answers "how many tires did they pull
// out", as to haul is to pull in a certain manner. WordNet links a verb
// to the broader verb it is a manner of (troponymy; Fellbaum 1998, ch. 3,
// "to V1 is to V2 in some manner"), and actsOf reads those links only
// down from the question's word, to its own broader terms; a reader asks
// with the plain verb and a reporter writes the precise one, so the link
// must also be read up from the article's verb. The broader verb reached
// must be the question's verb itself or a synonym of it in its common
// senses (a phrasal verb's synonym gives its one-word equivalent, "pull
// out": pull; Quirk et al. 1985, §16.2–16.5); a verb merely sharing a
// broader term with the asked one ("hauled" and "hurt" both acts) is no
// evidence, so "12 bison crossed the road" still answers no "how many
// bison were hurt".

// countAct is actMatch of n, or 1 when n's own verb is a manner of the
// asked act (actAbove).
func (e *Engine) countAct(q *query, s *sentence, n quantity, acts actWords) float64 {
	if act := acts.actMatch(s, n); act > 0 || !e.actAbove(q, s, n) {
		return act
	}
	return 1
}

// actAbove reports whether a verb of number n of s is, one WordNet link
// up (its hypernym, entailment or cause), the act q asks or a synonym of
// it.
func (e *Engine) actAbove(q *query, s *sentence, n quantity) bool {
	if e.noLex || n.kind != qCount || len(q.focus) == 0 {
		return false
	}
	asked := e.askedActWords(q)
	if len(asked) == 0 {
		return false
	}
	for _, i := range numberVerbs(s, n) {
		w := s.toks[i].lower
		if !e.canBe(w, "verb") {
			continue
		}
		for _, up := range e.lex.Neighbours(w) {
			if strings.Contains(up, " ") || lightVerbs[up] || stopWords[up] {
				continue
			}
			if slices.ContainsFunc(asked, func(a string) bool { return stemsMeet(stemOf(up), a) }) {
				return true
			}
		}
	}
	return false
}

// askedActWords are the stems of q's words that can be verbs, other than
// the counted noun and nouns after a determiner, with the one-word
// synonyms of each in its common senses.
func (e *Engine) askedActWords(q *query) []string {
	var out []string
	for _, t := range q.terms {
		if inFocus(q.focus, t.stem) || q.determined(t) || lightVerbs[t.lower] || !e.canBe(t.lower, "verb") {
			continue
		}
		if !strings.Contains(t.lower, " ") {
			out = append(out, t.stem)
		}
		for _, w := range e.lex.Synonyms(t.lower) {
			if !strings.Contains(w, " ") && !lightVerbs[w] && !stopWords[w] {
				out = append(out, stemOf(w))
			}
		}
	}
	return out
}
