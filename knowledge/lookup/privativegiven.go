package lookup

// Privation asked, possession told (part of stage 2, terms): "how long
// could ppl be w/o power" asks the span of an absence the article may tell
// in other words, "may wait up to two weeks for power". "Without" is the
// privative preposition, the negative of "with" (Quirk et al., §9.50), and
// "no longer" and "not anymore" negate the continuation of a state
// (Quirk et al., §10.61, non-assertive "any more", and §8.79 on "no
// longer"): like "not" they set the polarity of the clause, not its
// content. The article states the same absence with a verb of privation
// ("lack", "lose", "ran out of", "had no"; WordNet: lack.v.01 and
// lose.v.02 are antonyms of have.v.01) as often as with the preposition,
// so such a word still ranks the sentence that writes it but no sentence
// must hold it, as a given word of a time clause does (timeclauseanchor.go).
// It ranks by its own written form only: a function word's WordNet
// neighbours ("longer": "overnight") say nothing of the absence.

// privativeGiven marks the question's "without" and the "longer" of "no
// longer" (and "anymore") as given: they rank, but coverage does not
// count them and the article need not write them. Only when every other
// term is in the article, not only through a WordNet link (weak): an absence of something the article never
// names is not told in other words either.
func privativeGiven(q *query) []term {
	asked := map[string]bool{}
	for i, t := range q.toks {
		switch t.lower {
		case "without", "anymore":
			asked[t.lower] = true
		case "longer":
			if i > 0 && q.toks[i-1].lower == "no" {
				asked["longer"] = true
			}
		}
	}
	if len(asked) == 0 {
		return q.terms
	}
	out := make([]term, len(q.terms))
	given := 0
	for i, t := range q.terms {
		if asked[t.lower] {
			t.given, t.known = true, true
			t.alts, t.phrases, t.weak = nil, nil, false // its WordNet neighbours ("without": "pension") are no privation
			given++
		} else if !t.known || t.weak {
			return q.terms // "w/o a grocery store" where no grocery is written: the absence asked is never told
		}
		out[i] = t
	}
	if given == len(out) {
		return q.terms // "without": nothing else asked
	}
	return out
}
