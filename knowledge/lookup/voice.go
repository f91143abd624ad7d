package lookup

import "strings"

// Voice (part of stage 4): a yes/no question in the passive asks whether
// its subject underwent the act ("was Kemp fired", "has the senator been
// charged", "did she get hired"), and the passive's subject is the
// active's object (Quirk et al., "A Comprehensive Grammar", §3.63). A
// sentence that tells the same person doing the act in the active ("Kemp
// fired four shots") says nothing of whether it was done to them: the
// verb is the same word in another role.

// passiveAsked returns the verb term of a yes/no question in the passive
// whose subject is a person or thing it names or a pronoun: the first
// verb of the question after its subject, a past participle, after a
// fronted form of "be" ("was Kemp fired") or right after "be", "been" or
// "get" ("has he been charged", "did she get hired").
func (e *Engine) passiveAsked(q *query) (term, bool) {
	if q.typ != tYesNo || len(q.subjects) == 0 || !q.namedSubject() || e.noLex {
		return term{}, false
	}
	f := 0
	for f < len(q.toks) && chatWords[q.toks[f].lower] {
		f++
	}
	if f == len(q.toks) {
		return term{}, false
	}
	fronted := beForms[q.toks[f].lower]
	for i := f + 1; i < len(q.toks); i++ {
		for _, t := range q.terms {
			if !t.sameWord(q.toks[i]) {
				continue
			}
			if !e.canBe(q.toks[i].lower, "verb") || !e.participle(q.toks[i].lower) {
				return term{}, false // the first content word is no participle: no passive
			}
			return t, fronted || passiveAt(q.toks, i)
		}
	}
	return term{}, false
}

// participle reports whether w has the form of a past participle: the
// regular -ed, or an irregular form WordNet lists with another base
// ("shot", "taken").
func (e *Engine) participle(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	l := e.lex.Lemma(w)
	return l != "" && l != w
}

// doneNotUndergone reports whether s tells the question's subject only
// doing the act a passive yes/no question asks them to have undergone:
// a use of the verb in s is active, with the subject (by name, or a
// subject pronoun) right before it, and no use is passive or has the
// subject as its object. A use with another doer and another object
// ("the board fired her deputy") tells nothing of the subject.
func (e *Engine) doneNotUndergone(q *query, s *sentence) bool {
	t, ok := e.passiveAsked(q)
	if !ok {
		return false
	}
	done := false
	for _, m := range termAt(s, t) {
		if passiveAt(s.toks, m) || contains(q.subjects, e.personAfter(s, m)) {
			return false // told as undergone
		}
		k := m - 1
		for k >= 0 && isAdverb(s.toks[k].lower) {
			k--
		}
		done = done || k >= 0 && (e.pronounFor(s.toks[k:k+1], q.subjects[0]) || e.nameEndsAt(s, q.subjects, k))
	}
	return done
}

// pronounFor reports whether toks is a subject pronoun that may refer to
// x: "he" or "she" of x's gender, when the article shows it, or "they".
func (e *Engine) pronounFor(toks []token, x int) bool {
	if len(toks) != 1 || !subjectPronouns[toks[0].lower] {
		return false
	}
	g, _ := pronounGender(toks)
	return g == 0 || e.r.ents[x].gender == 0 || e.r.ents[x].gender == g
}

// nameEndsAt reports whether a name of one of xs ends at token k of s.
func (e *Engine) nameEndsAt(s *sentence, xs []int, k int) bool {
	for _, x := range xs {
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] == s.toks[k].end {
				return true
			}
		}
	}
	return false
}
