package lookup

import "slices"

// The asked subject only as a preposition's object (part of stage 4,
// yes/no): "did the House pass it" against "The Oregon Senate voted 19-10
// …, sending the bill to the House, where its backers expect a close
// vote". A noun phrase inside a prepositional phrase is the complement of
// the preposition, not the subject of the clause (Quirk et al. 1985,
// §9.1, §2.13), so the sentence tells nothing the House did, and a Yes
// read from its other words would give the Senate's act to the House.
// A relative clause on the noun ("to the council, which approved it")
// tells of the noun as subject, and is left alone.

// askedSubjectNoun is the index in q of the common noun that opens a
// yes/no question's subject after its auxiliary ("did the house pass
// it": house), or -1 when the subject is a name, a pronoun or absent.
func (e *Engine) askedSubjectNoun(q *query) int {
	if len(q.toks) < 3 || !auxiliaries[q.toks[0].lower] {
		return -1
	}
	k := 1
	for k < len(q.toks) && (determiners[q.toks[k].lower] || possessiveDeterminers[q.toks[k].lower]) {
		k++
	}
	if k >= len(q.toks)-1 || k == 1 || q.nameToks[k] || stopWords[q.toks[k].lower] || !e.isNoun(q.toks[k]) {
		return -1 // "did he pass it", "did Chen vote": a pronoun's or a name's, read elsewhere
	}
	return k
}

// subjectOnlyAfterPreposition reports whether every word of s that holds
// the question's subject noun is the object of a preposition other than
// "by", past a determiner, with no relative clause after it, and s holds
// the question's other words only in other words of its own (the act is
// read, not written); false when s does not hold the noun.
func (e *Engine) subjectOnlyAfterPreposition(q *query, s *sentence) bool {
	k := e.askedSubjectNoun(q)
	if k < 0 {
		return false
	}
	t, ok := q.termFor(q.toks[k].lower)
	if !ok {
		return false
	}
	for _, o := range q.terms {
		if o.lower != t.lower && slices.ContainsFunc(s.toks, func(tok token) bool { return stemsMeet(tok.stem, o.stem) }) {
			return false // a word of the question written as asked: the sentence may yet tell it of the noun in a way not read here
		}
	}
	seen := false
	for j, tok := range s.toks {
		if !t.matches(tok) {
			continue
		}
		seen = true
		b := j - 1
		for b > 0 && (determiners[s.toks[b].lower] || possessiveDeterminers[s.toks[b].lower]) {
			b--
		}
		if b < 0 || b == j || !prepositions[s.toks[b].lower] || s.toks[b].lower == "by" {
			return false
		}
		if j+1 < len(s.toks) && relativePronouns[s.toks[j+1].lower] {
			return false // "to the council, which approved it"
		}
	}
	return seen
}
