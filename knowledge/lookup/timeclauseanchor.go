package lookup

import "strings"

// "How long did it take to get him out once they found him": a clause of
// time after the main clause, opened by "once", "after", "when" or
// "since", places the start of the duration asked at an event the
// asker takes as known (Quirk et al., §15.25 on the subordinators of
// time and §14.38 on presupposed, given information in subordinate
// clauses). The duration is the main clause's; the clause of time names
// only its anchor, whose own sentence ("They found Amsel on a ledge")
// tells no duration of the act asked. So a "how long" question's terms
// are those of its main clause, and the anchor's words are left out of
// the search, unless nothing else would be left.
//
// So too a "where" question's clause of time: "where r they keeping the
// bison till the fence is fixed", "where is the work going once the plant
// shuts" ask the place of the main clause's act; the clause after
// "till", "until", "before", "once", "after", "when", "since" or
// "while" (Quirk et al., §15.25) only dates it, and the sentence that
// places the act ("will be kept in a corral … until crews finish
// rebuilding the fence") need not repeat the anchor's words. There the
// anchor's words still rank the sentences, as a sentence that dates the
// act by the same event is the likelier one, but none need hold them.

// So too a yes/no question's clause of time opened by "when" or "while":
// "did anyone get hurt when the car rolled back" asks whether anyone was
// hurt on an occasion the asker takes as known, and its words only name
// the occasion (§14.38), so "No one was hurt." settles it though it does
// not repeat them, unless the clause dates another occasion ("when they
// played earlier this season"). "Before" and "after" are left out: "did the park
// close after the petition" asks the order of two events itself
// (timerelation.go).

// So too "what did the skaters do after the park closed": the pro-verb
// "do" stands for the predicate asked (Quirk et al., §12.20-12.22), and
// the clause of time only dates it; the sentence that tells the act
// ("Local skaters had organized a petition within days of the closure")
// need not repeat the anchor's words, which still rank.

// doPredicateAsked reports whether toks open "what did/do/does/will X do
// …" or "what is/was X doing …", with the pro-verb within five words.
func doPredicateAsked(toks []token) bool {
	if len(toks) < 4 || toks[0].lower != "what" || !auxiliaries[toks[1].lower] {
		return false
	}
	for k := 3; k < len(toks) && k <= 6; k++ {
		if toks[k].lower == "do" || toks[k].lower == "doing" {
			return true
		}
	}
	return false
}

// occasionSubordinators open a clause of time that names the occasion of
// a yes/no question's act (Quirk et al., §15.25, simultaneity).
var occasionSubordinators = set("when", "while")

// anchorSubordinators open a clause of time that sets the start of a
// span (Quirk et al., §15.25).
var anchorSubordinators = set("once", "after", "when", "since")

// placeAnchorSubordinators open a clause of time that dates the act whose
// place is asked: those of a span's start and those of its end or of
// simultaneity (Quirk et al., §15.25).
var placeAnchorSubordinators = set("once", "after", "when", "since", "before", "until", "till", "while")

// mainClauseTerms drops from q's terms, in a "how long" question, the
// words that stand only in a clause of time after its main clause. A
// subordinator right after "how long" ("how long after the call") makes
// the whole question an interval and is left alone.
func mainClauseTerms(q *query) []term {
	subs, j := anchorSubordinators, 0
	switch {
	case q.measure == "long":
		k := 1
		for k < len(q.toks) && !(q.toks[k].lower == "long" && q.toks[k-1].lower == "how") {
			k++
		}
		j = k + 2
	case q.typ == tPlace && len(q.toks) > 0 && strings.HasPrefix(q.toks[0].lower, "where"):
		subs, j = placeAnchorSubordinators, 2 // "where did they go after …": a verb and a subject first
	case q.typ == tPassage && doPredicateAsked(q.toks):
		subs, j = placeAnchorSubordinators, 3 // "what did skaters do after the park closed": the pro-verb's clause first
	case q.typ == tYesNo:
		subs, j = occasionSubordinators, 2 // "did anyone get hurt when the car rolled back": an operator and a subject first
	default:
		return q.terms
	}
	for j < len(q.toks) && !subs[q.toks[j].lower] {
		j++
	}
	if j >= len(q.toks) {
		return q.terms
	}
	if q.typ == tYesNo && datesOtherOccasion(q.toks[j+1:]) {
		return q.terms // "when they played earlier this season": another occasion, which must be held
	}
	main := map[string]bool{}
	for _, t := range q.toks[:j] {
		main[t.stem] = true
	}
	anchor := map[string]bool{}
	for _, t := range q.toks[j+1:] {
		anchor[t.stem] = true
	}
	var out []term
	given := 0
	for _, t := range q.terms {
		if !anchor[t.stem] || main[t.stem] {
			out = append(out, t)
		} else if (q.typ == tPlace || q.typ == tPassage) && q.measure != "long" || q.typ == tYesNo {
			t.given = true // it still ranks: the sentence that places the act may date it by the anchor
			out = append(out, t)
			given++
		}
	}
	if len(out) == given || q.typ == tYesNo && !mainInOwnWords(out) {
		return q.terms
	}
	return out
}

// mainInOwnWords reports whether every asked (not given) term of a yes/no
// question's main clause is a word the article itself writes: a main
// clause found only through another word ("hurt" for the article's
// "damaged") leaves the occasion's words the surer evidence of the
// sentence, so they stay asked.
func mainInOwnWords(terms []term) bool {
	for _, t := range terms {
		if !t.given && !lightVerbs[t.lower] && (!t.known || len(t.alts) > 0 || len(t.phrases) > 0) {
			return false
		}
	}
	return true
}

// datesOtherOccasion reports whether an occasion's clause holds an
// adjunct of time relationship ("earlier", "previously", "last"): it sets
// its occasion apart from the one the story tells (Quirk et al.,
// §8.55–8.59), so its words say which occasion is asked and are not
// merely given.
func datesOtherOccasion(toks []token) bool {
	for _, t := range toks {
		if relationAdverbs[t.lower] || t.lower == "last" {
			return true
		}
	}
	return false
}
