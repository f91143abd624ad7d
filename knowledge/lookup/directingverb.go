package lookup

import "slices"

// Directing verbs as one act (part of stage 2): "direct" in WordNet's
// sense of commanding with authority has for troponyms "head", "lead",
// "chair", "captain", "spearhead", "operate", "run" and "administer"
// (WordNet 3.0, synset 02439501 and those filed under it; leaders.go's
// directingVerbs), and news copy names who is in charge of a body with
// any of them ("Louis Bell, who directs the program"; "the man who has
// run the shelter since 2016"). A reader asks with another one: "who
// runs the program" is asked of a sentence that says "directs", so a
// who-question's directing verb meets every directing verb the article
// writes.

// directingVerbsKnown returns the stems of the words the article writes
// that can be verbs and whose stem is a directing verb's, other than
// stem itself; an irregular form is read by its base ("is led by").
func (e *Engine) directingVerbsKnown(stem string) []string {
	var out []string
	for w := range e.r.words {
		st := stemOf(w)
		if !directingVerbs[st] {
			st = stemOf(e.baseVerb(w)) // "led", "ran": the irregular past of "lead", "run" (WordNet's exception lists)
		}
		if st == stem || !directingVerbs[st] || slices.Contains(out, st) || !e.verbForm(w) {
			continue
		}
		out = append(out, st)
	}
	slices.Sort(out)
	return out
}

// withDirectingVerbs gives a who-question's directing verb the article's
// other directing verbs as alternatives: "who runs the program" meets
// "who directs the program".
func (e *Engine) withDirectingVerbs(q *query, terms []term) []term {
	if q.typ != tPerson || e.noLex {
		return terms
	}
	for i := range terms {
		if !directingVerbs[terms[i].stem] || !e.canBe(terms[i].lower, "verb") {
			continue
		}
		for _, st := range e.directingVerbsKnown(terms[i].stem) {
			if !slices.Contains(terms[i].alts, st) {
				terms[i].alts = append(terms[i].alts, st)
			}
		}
		terms[i].known = terms[i].known || len(terms[i].alts) > 0
	}
	return terms
}
