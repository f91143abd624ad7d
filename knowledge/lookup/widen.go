package lookup

import "slices"

// Stage 5, a second reading before refusing: a word the question shares
// with the article is read in the article's sense first, but a reporter
// may mean it in another of its senses ("pictures" where the article's
// answer says "images" and "pictures" stands elsewhere). When the strict
// reading finds no answer, the question is read once more with each such
// word widened to its WordNet synonyms that the article uses; the answer
// must still pass every test of its type.

// widened returns q with every plain known term widened to the article's
// synonyms of it, and whether any term changed.
func (e *Engine) widened(q *query) (*query, bool) {
	if e.lex == nil {
		return nil, false
	}
	terms := slices.Clone(q.terms)
	changed := false
	for i, t := range terms {
		if !t.known || t.weak || t.derived || t.phrasal || len(t.alts) > 0 || lightVerbs[t.lower] {
			continue
		}
		alts := slices.DeleteFunc(e.synonymsKnown(t.lower), func(st string) bool { return stemsMeet(st, t.stem) })
		if len(alts) > 0 {
			terms[i].alts, changed = alts, true
		}
	}
	if !changed {
		return nil, false
	}
	w := *q
	w.terms = terms
	return &w, true
}
