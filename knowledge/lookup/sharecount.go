package lookup

import "slices"

// A share of things counted (part of stage 4): "71% of the points" is a
// proportion of a plural count noun, which answers "what percentage" or
// "how many of the points", not "how much did she win".

// countShare reports whether percentage n of s is a share of a plural
// count noun the question does not name: "of" and a noun phrase whose
// head, the last word before a preposition or the clause's end, is a
// plural noun ("71% of the points on her first serve", "58% of her first
// serves"). "How much" quantifies a mass and "how many" a plural count
// noun (Quirk et al., §5.8, §5.23): a share of things is a share of a
// count, so "how much" asks another figure unless it names the things
// ("how much of the vote" names its mass itself). Only a question of
// what someone did (asksActAmount) is read so: "how much was turnout"
// asks the value of the noun it names, which a share may be ("71% of
// registered voters").
func (e *Engine) countShare(q *query, s *sentence, n quantity) bool {
	if n.kind != qPercent || e.noLex || n.end+1 >= len(s.toks) || s.toks[n.end].lower != "of" || !e.asksActAmount(q) {
		return false
	}
	head := -1
	for k := n.end + 1; k < len(s.toks) && !punctuatedBetween(s.text, s.toks, k); k++ {
		t := s.toks[k]
		if determiners[t.lower] || possessiveDeterminers[t.lower] {
			continue
		}
		if stopWords[t.lower] {
			break
		}
		head = k
	}
	if head < 0 {
		return false
	}
	t := s.toks[head]
	if slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) {
		return false
	}
	sg := singular(t.lower)
	return sg != t.lower && slices.Contains(e.lex.PartsOfSpeech(sg), "noun")
}

// amountFitsIn reports whether n of s can answer "how much" (amountFits),
// and is no share of a count (countShare).
func (e *Engine) amountFitsIn(q *query, s *sentence, n quantity, unit int) bool {
	return q.amountFits(n, unit) && !e.countShare(q, s, n)
}

// asksActAmount reports whether q asks how much someone did, naming them
// and no noun of what was done: an entity subject, and content words
// that can all be verbs ("how much did Raman win").
func (e *Engine) asksActAmount(q *query) bool {
	if len(q.subjects) == 0 || len(q.terms) == 0 {
		return false
	}
	return !slices.ContainsFunc(q.terms, func(t term) bool { return !e.canBe(e.baseVerb(t.lower), "verb") && !e.canBe(t.lower, "verb") })
}
