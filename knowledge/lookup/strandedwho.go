package lookup

import "strings"

// The object of a stranded preposition in a who-question (part of stage
// 4). "Who was the letter written to" and "who did they sell it to" ask
// for the object of the preposition the question leaves at its end: the
// wh-word is that object, fronted, and the preposition stays behind
// (Quirk et al. 1985, §9.6 and §11.14 on prepositions stranded by a
// fronted wh-element). So the answer is the person or organisation
// named right after the same preposition following the asked verb
// ("Lincoln wrote the letter to Margaret Dunlevy"), not the doer of the
// verb.

// strandedWho answers a who-question that ends in a preposition with the
// person or organisation named after that preposition within eight
// words after a word of the question's verb, in the best-ranked sentence
// that holds the question's terms.
func (e *Engine) strandedWho(q *query) (reply, bool) {
	if !strandedPreposition(q) || !strings.HasPrefix(firstField(dropChat(strings.Fields(strings.ToLower(q.raw)))), "who") {
		return reply{}, false
	}
	p := q.toks[len(q.toks)-1].lower
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, v := range c.matched {
			if s.quoted[v] || !e.canBe(s.toks[v].lower, "verb") {
				continue
			}
			if x := e.namedAfterPreposition(s, v, p); x >= 0 {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// namedAfterPreposition is the person or organisation named right after preposition
// p, past a title before the name, within eight words after token v of
// s, with no comma between; or -1.
func (e *Engine) namedAfterPreposition(s *sentence, v int, p string) int {
	for k := v + 1; k+1 < len(s.toks) && k < v+8; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return -1
		}
		if s.toks[k].lower == p {
			j := k + 1
			if j+1 < len(s.toks) && personTitles[strings.TrimSuffix(s.toks[j].lower, ".")] {
				j++ // "to Gov. Anne Whitcomb": the name after the title
			}
			return e.entityFormAt(s, j)
		}
	}
	return -1
}
