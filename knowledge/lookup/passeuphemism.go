package lookup

// "Pass" said of a person (part of stage 2): used intransitively of a
// person, with no object, "pass" means "die" (Merriam-Webster, "pass"
// intransitive verb, sense 1c: "DIE", often used with "away" or "on";
// WordNet 3.0 lists "pass" in the synset of "die", verb sense 24 of
// "pass", past the senses lookup reads). "Where'd he pass" asks where he
// died; "did the bill pass" and "when did the comet pass Earth" keep the
// common senses: a bill is no person, and the comet's "pass" has an
// object.

// diedEuphemism reads question word i as the article's words for "die"
// when it is a form of "pass" that closes the question and the question
// is about a person: a personal pronoun of one gender, a definite general
// noun for a person ("the guy"), or a person it names. ok is false
// otherwise, or when the article never tells a death.
func (e *Engine) diedEuphemism(q *query, i int) (term, bool) {
	t := q.toks[i]
	if e.noLex || i+1 != len(q.toks) || t.lower != "pass" && t.lower != "passed" && t.lower != "passes" {
		return term{}, false
	}
	g, ok := pronounGender(q.toks)
	if !ok {
		g, ok = epithetGender(q.toks)
	}
	if (!ok || g == 0) && !e.hasPersonOf(q.subjects, 0) {
		return term{}, false
	}
	alts := e.synonymsKnown("pass away")
	if len(alts) == 0 {
		return term{}, false
	}
	return term{lower: t.lower, stem: t.stem, alts: alts, known: true}, true
}
