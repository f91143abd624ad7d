package lookup

// In an object what-question ("what did the jury decide") the words
// between the auxiliary and the verb are its subject, the doer of the act
// (Quirk et al. 1985, §11.14: the wh-word stands for the object, the rest
// of the clause is as in the declarative). A doer the article never names
// by that word, knowing it at most through a word one WordNet link away
// ("jury" for "commission"), is not in the article; a sentence that does
// not hold the word tells another doer's act ("Prosecutor Leah Fontaine
// has not decided…" answers nothing of a jury), however much of the rest
// of the question it holds, when it names that other doer. A doer the
// article names, by the word or a synonym, is left to the usual
// coverage, since a sentence may name it by a pronoun or an alias.

// doerUnnamed reports whether q is an object what-question whose subject,
// a noun phrase right before the verb, has for its head a common noun the
// article knows only weakly or not at all, s holds neither the word nor
// a noun one WordNet link from it (a verb one link away, "decided", is no
// judge), and a name the article gives is the subject of the asked act
// in s: the act is that person's. A sentence whose doer is a common noun
// ("a fierce windstorm toppled trees" for "what did the wind topple") may
// still name the asked doer by a word WordNet does not link.
func (e *Engine) doerUnnamed(q *query, s *sentence) bool {
	a, ok := e.askedObject(q)
	if !ok || a.at < 3 || q.nameToks[a.at-1] {
		return false
	}
	for i := 2; i < a.at-1; i++ {
		w := q.toks[i].lower
		if !determiners[w] && !possessiveDeterminers[w] && !q.nameToks[i] && e.canBe(w, "verb") {
			return false // "what did lomax call the ridership estimates": no noun phrase before the verb read
		}
	}
	t, found := q.termOf(q.toks[a.at-1].lower)
	if !found || t.known && !t.weak || !e.canBe(t.lower, "noun") {
		return false
	}
	for _, tok := range s.toks {
		if t.sameWord(tok) || t.matches(tok) && e.canBe(tok.lower, "noun") {
			return false
		}
	}
	return e.namedDoerOf(s, e.objectVerbAt(s, a))
}

// namedDoerOf reports whether a name the article gives ends right before
// the verb at token k of s, past auxiliaries, "not" and adverbs: the
// subject of the verb is that named person or body (Quirk et al. 1985,
// §2.13: the subject precedes its verb).
func (e *Engine) namedDoerOf(s *sentence, k int) bool {
	j := k - 1
	for j >= 0 && !commaBetween(s, j, j+1) && (auxiliaries[s.toks[j].lower] || beForms[s.toks[j].lower] || s.toks[j].lower == "not" || isAdverb(s.toks[j].lower)) {
		j--
	}
	return k > 0 && j >= 0 && !commaBetween(s, j, j+1) && e.nameEndsAt(s, s.named, j)
}
