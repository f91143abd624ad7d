package lookup

// A question's verb met only as a noun premodifier (part of stage 5,
// yes/no). "Will Idaho appeal" asks of an act; "a federal appeals court"
// holds the same letters as the first noun of a compound, a noun the head
// after it makes a modifier (Quirk et al., §17.104 on nouns premodifying
// nouns), so it tells no act of appealing. A word right after a
// determiner, or after a determiner and adjectives, and before another
// noun is such a premodifier: no verb stands between a determiner and
// its head (§5.10).

// askedVerb is the question's verb after its operator and a named
// subject ("will Idaho appeal", "did the Smiths sue"): the first term
// after the subject's name that WordNet has as a verb.
func (e *Engine) askedVerb(q *query) (term, bool) {
	if len(q.toks) < 3 || !auxiliaries[q.toks[0].lower] {
		return term{}, false
	}
	named := false
	for i := 1; i < len(q.toks); i++ {
		if q.nameToks[i] {
			named = true
			continue
		}
		if !named {
			continue
		}
		t, ok := q.termOf(q.toks[i].lower)
		return t, ok && e.canBe(t.lower, "verb")
	}
	return term{}, false
}

// premodifierAt reports whether token m of s stands as the first noun of
// a compound: after a determiner, with only adjectives between, and
// before a word WordNet has as a noun, with no comma.
func (e *Engine) premodifierAt(s *sentence, m int) bool {
	if m+1 >= len(s.toks) || !spaced(s, m, m+1) || !e.canBe(s.toks[m+1].lower, "noun") || s.toks[m+1].cap {
		return false
	}
	for k := m - 1; k >= 0 && k >= m-3; k-- {
		w := s.toks[k].lower
		if determiners[w] {
			return true
		}
		if !e.canBe(w, "adj") || e.canBe(w, "verb") || !spaced(s, k, k+1) {
			return false
		}
	}
	return false
}
