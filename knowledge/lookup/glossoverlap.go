package lookup

import "slices"

// Stage 5, a second reading before refusing: one definition of a word
// holding two of the question's words tells which word, in which sense,
// the question asks about (Lesk 1986, "Automatic sense disambiguation
// using machine readable dictionaries": the sense whose definition shares
// the most words with the context is the one meant). WordNet 3.0 defines
// tenure as "the term during which some position is held" and a strike
// as "a group's refusal to work in protest …", so "how long has he held
// the position" asks of the article's "his 14-year tenure", "when did the
// musicians refuse to work" of its "a 2015 strike", though the article
// uses "held" and "position" of other things, and "strike" has many other
// senses. Only when the strict reading finds no answer are the two words
// read once more as standing, each, for that article word too; the answer
// must still pass every test of its type.

// overlapDefined returns q with each term that shares, with at least one
// other term, a definition of one of the article's words read as that
// word too, and whether any term changed.
func (e *Engine) overlapDefined(q *query) (*query, bool) {
	if e.noLex {
		return nil, false
	}
	e.glossWords()
	terms := slices.Clone(q.terms)
	changed := false
	for _, d := range e.glossSenses {
		hit := definedTerms(terms, d)
		if len(hit) < 2 || !e.toldWithRest(terms, hit, d.stem) {
			continue
		}
		for _, i := range hit {
			if !slices.Contains(terms[i].alts, d.stem) {
				terms[i].alts = append(slices.Clone(terms[i].alts), d.stem)
				terms[i].weak = terms[i].weak || !terms[i].known
				terms[i].known, changed = true, true
			}
		}
	}
	if !changed {
		return nil, false
	}
	w := *q
	w.terms = terms
	return &w, true
}

// definedTerms returns the indices of the terms, one per stem, whose
// words definition d uses; none when a term is the defined word itself,
// or when all are light verbs.
func definedTerms(terms []term, d glossSense) []int {
	var hit []int
	for i, t := range terms {
		if stemsMeet(t.stem, d.stem) {
			return nil
		}
		if t.phrasal || copularVerbs[t.lower] || glossClassWords[t.lower] || !slices.Contains(d.words, t.stem) {
			continue
		}
		if !slices.ContainsFunc(hit, func(j int) bool { return terms[j].stem == t.stem }) {
			hit = append(hit, i)
		}
	}
	if !slices.ContainsFunc(hit, func(i int) bool { return !lightVerbs[terms[i].lower] }) {
		return nil // "held" and "kept" share many a definition: a light verb takes its sense from its object
	}
	return hit
}

// toldWithRest reports whether some sentence of the article holds the
// defined word st with every term not among hit: the definition stands
// for the words it shares with the question, not for the rest of it
// ("how long will lim hold the position" is not asked of another's
// tenure).
func (e *Engine) toldWithRest(terms []term, hit []int, st string) bool {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if slices.ContainsFunc(s.toks, func(t token) bool { return t.meets(st) }) && holdsRest(s, terms, hit) {
			return true
		}
	}
	return false
}

// holdsRest reports whether s holds every term not among hit.
func holdsRest(s *sentence, terms []term, hit []int) bool {
	for k, t := range terms {
		if !slices.Contains(hit, k) && !holdsTerm(s, t) {
			return false
		}
	}
	return true
}
