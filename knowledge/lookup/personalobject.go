package lookup

// A person's act done to a thing is not the act asked of a person (part
// of stage 4, who-questions). "Who is replacing him" asks for the doer of
// an act whose object is a personal pronoun, a person (Quirk et al. 1985,
// §6.4: "him", "her" refer to persons; "them" to persons or things, read
// here as the pronoun the person is asked by). A sentence telling the same
// verb with a common noun for a thing as its object ("Dealers will replace
// the brake lines") tells another act, and its subject is no answer; one
// that tells it in the passive of a person ("He will be replaced … by
// Monica Reyes") does.

// personalObjects are the objective personal pronouns that refer to
// persons only (Quirk et al. 1985, §6.4, Table 6.4).
var personalObjects = set("me", "us", "him", "her")

// personObjectAsked reports whether q asks the doer of an act written
// with a personal pronoun for a person as its object ("who is replacing
// him"), the pronoun ending the question or its verb phrase.
func personObjectAsked(q *query) bool {
	if q.typ != tPerson {
		return false
	}
	for i := 1; i+1 < len(q.toks); i++ {
		if !personalObjects[q.toks[i+1].lower] || determiners[q.toks[i].lower] || prepositions[q.toks[i].lower] {
			continue
		}
		// "who gave her the award": an indirect object, the thing given after it
		if i+2 == len(q.toks) || prepositions[q.toks[i+2].lower] {
			return true
		}
	}
	return false
}

// actDoneToThing reports whether q asks its act of a person and s tells
// a matched verb in the active with a common noun for a thing as its
// object.
func (e *Engine) actDoneToThing(q *query, s *sentence, matched []int) bool {
	if e.noLex || !personObjectAsked(q) {
		return false
	}
	for _, m := range matched {
		if !e.verbForm(s.toks[m].lower) || passiveAt(s.toks, m) || m > 0 && determiners[s.toks[m-1].lower] {
			continue
		}
		n := e.objectStart(s, m)
		end := nounPhraseEnd(s, n)
		if end > n && e.nonPersonNoun(s.toks[end-1]) && !inPrepPhrase(s, end-1) {
			return true
		}
	}
	return false
}
