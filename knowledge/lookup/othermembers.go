package lookup

// Other members of a kind (part of stage 4, yes/no). "Other" and
// "another" are comparative reference: "have other farmers found
// meteorites" asks about farmers besides the one the article tells of
// (Halliday and Hasan, "Cohesion in English", 1976, §2.5, general
// comparison; "other" as a postdeterminer, Quirk et al. 1985, §5.52). A
// sentence about the article's own farmer answers nothing of the others,
// so unless some sentence that holds the kind's noun also holds a word of
// general comparison, the article does not answer the question, and a
// verdict or a partial reply drawn from its own member would be wrong.

// comparisonWords are the words of general comparison: Halliday and
// Hasan 1976, §2.5, Table 9 (identity, similarity, difference), with the
// postdeterminers and adverbs of the same meaning.
var comparisonWords = set("other", "others", "another", "same", "identical", "similar",
	"similarly", "such", "likewise", "different", "else", "elsewhere", "additional", "otherwise")

// othersAsked is the noun term "other" or "another" determines in q
// ("other farmers": farmers), or false.
func (q *query) othersAsked() (term, bool) {
	for i := 0; i+1 < len(q.toks); i++ {
		if w := q.toks[i].lower; w == "other" || w == "another" {
			if t, ok := q.termOf(q.toks[i+1].lower); ok {
				return t, true
			}
		}
	}
	return term{}, false
}

// othersUntold reports whether a yes/no question asks about other members
// of a kind and no sentence that holds the kind's noun holds a word of
// general comparison.
func (e *Engine) othersUntold(q *query) bool {
	if q.typ != tYesNo {
		return false
	}
	t, ok := q.othersAsked()
	if !ok {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !s.hasTerm(t) {
			continue
		}
		for _, tok := range s.toks {
			if comparisonWords[tok.lower] {
				return false
			}
		}
	}
	return true
}
