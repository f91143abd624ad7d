package lookup

import (
	"slices"
	"strings"
)

// An alternative question of a thing the article does not name ("did math
// go up or down", "did births rise or fall"): its subject is the noun
// phrase the question puts before the alternatives, and a sentence states
// an alternative of it when that phrase's words stand in the clause before
// the alternative's verb, where English puts the subject (Quirk et al.,
// §2.13: subject before verb in the declarative clause). When the article
// states both, the one its headline or lead states is the story's news and
// the other a later detail (the inverted pyramid: AP Stylebook, "lead";
// "math scores climb" of the district, "the only school where math scores
// dropped").

// nounSubject returns the question's terms that are no word of the
// alternatives opts, nor the light verb they share ("go up or down"): the
// subject the alternatives are asked of.
func nounSubject(q *query, opts []string) []term {
	var out []term
	for _, t := range q.terms {
		w := strings.Fields(t.lower)
		last := strings.ToLower(w[len(w)-1])
		if slices.ContainsFunc(opts, func(o string) bool { return strings.EqualFold(o, last) }) || !t.known || lightVerbs[t.lower] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// altSubjectBefore reports whether the subject of the clause holding
// token k of s is the question's: one of its entities, or, when it names
// none, every word of its noun subject subj (nounSubject) before k in
// that clause.
func (e *Engine) altSubjectBefore(q *query, s *sentence, k int, subj []term) bool {
	if len(q.subjects) > 0 {
		return e.subjectBefore(s, k, q.subjects)
	}
	if len(subj) == 0 {
		return false
	}
	start := clauseStart(s, k)
	for _, t := range subj {
		if len(termAt(s, t)) == 0 || !containsIn(termAt(s, t), start, k) {
			return false
		}
	}
	return true
}

// containsIn reports whether one of ks lies in [from, to).
func containsIn(ks []int, from, to int) bool {
	for _, k := range ks {
		if k >= from && k < to {
			return true
		}
	}
	return false
}

// leadFirst keeps, of two alternatives both stated, the one stated in the
// headline or the lead paragraph when the other is not.
func leadFirst(found []altEvidence, names []string) ([]altEvidence, []string) {
	inLead := func(ev altEvidence) bool { return ev.s.para <= 1 }
	switch a, b := inLead(found[0]), inLead(found[1]); {
	case a && !b:
		return found[:1], names[:1]
	case b && !a:
		return found[1:], names[1:]
	}
	return found, names
}
