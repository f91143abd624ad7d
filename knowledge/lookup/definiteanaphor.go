package lookup

// A definite noun phrase that refers back (part of stage 3, ranking).
// "Who filed the charge against Ruiz" names Ruiz only in the
// postmodifier of "charge". The article may tell the act with "The charge
// was filed by …", after a sentence that told the charge against her:
// the definite article presents its noun as known from the text before
// (Halliday and Hasan 1976, "Cohesion in English", §2.4 on "the" as
// anaphoric reference; Quirk et al. 1985, §5.32, the anaphoric use of
// the definite article). So a sentence holding "the" and the asked noun
// counts as naming the entity of the noun's postmodifier when an earlier
// body sentence names that entity and holds the noun (or its verb:
// "Ruiz was charged").

// directedPrepositions open a prepositional postmodifier naming what
// an act's noun is directed at (Quirk et al. 1985, §17.37-17.39: "the
// charge against her", "the inquiry into the crash", "the offer for the
// team").
var directedPrepositions = set("against", "into", "for", "on", "over", "of", "about", "from")

// postmodifiedTerm is the question's noun term whose prepositional
// postmodifier holds the question's only named entity, and true: "the
// charge against Ruiz" gives charge.
func (q *query) postmodifiedTerm() (term, bool) {
	if len(q.subjects) != 1 {
		return term{}, false
	}
	for i := 2; i+1 < len(q.toks); i++ {
		if !directedPrepositions[q.toks[i].lower] || !q.nameToks[i+1] && !(q.toks[i+1].isArticle() && q.nameToks[i+2]) {
			continue
		}
		if t, ok := q.termOf(q.toks[i-1].lower); ok && q.toks[i-2].lower == "the" {
			return t, true
		}
	}
	return term{}, false
}

// definiteAnaphor reports whether sentence i names the question's entity
// x through a definite noun phrase that refers back: it writes "the" and
// the postmodified noun the question asks about, and an earlier body
// sentence names x and holds that noun.
func (e *Engine) definiteAnaphor(q *query, x, i int) bool {
	t, ok := q.postmodifiedTerm()
	if !ok {
		return false
	}
	s := &e.r.sents[i]
	definite := false
	for j := 1; j < len(s.toks); j++ {
		definite = definite || s.toks[j-1].lower == "the" && t.matches(s.toks[j])
	}
	if !definite {
		return false
	}
	for k := range i {
		p := &e.r.sents[k]
		if p.part == "" && (contains(p.named, x) || contains(p.refs, x)) && p.hasTerm(t) {
			return true
		}
	}
	return false
}
