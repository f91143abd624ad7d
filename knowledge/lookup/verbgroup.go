package lookup

import (
	"slices"
	"strings"
)

// The verb group (part of stage 4): the auxiliaries that may stand between
// a negation and the verb it negates.

// verbGroupAux reports whether w is an auxiliary of a verb group: one that
// opens a question (auxiliaries), a form of "be" of the progressive and
// the passive or of the perfect's "been" (a verb phrase may chain modal,
// perfect, progressive and passive auxiliaries, as in "has not been
// charged"), a non-finite "be" or "have" ("would not have finished"), or
// a get-passive "get" ("did not get hired"; getForms).
func verbGroupAux(w string) bool {
	return auxiliaries[w] || beForms[w] || nonFiniteAuxiliaries[w] || getForms[w]
}

// reportedComplement reports whether token k of s is the passive
// participle of a verb of reporting, finding or belief right after an
// auxiliary, whose complement follows it ("No one was reported hurt", "No
// survivors were believed found"): the passive of complex-transitive
// complementation (Quirk et al., complex-transitive complementation: "They reported him missing" →
// "He was reported missing"), in which the complement, not the
// participle, says what the subject underwent.
func reportedComplement(s *sentence, k int) bool {
	w := s.toks[k].lower
	if k == 0 || !strings.HasSuffix(w, "ed") && w != "thought" && w != "known" && w != "found" {
		return false
	}
	return (reportingVerbs[w] || findingVerbs[w] || opinionVerbs[w] || w == "known" || w == "thought" || w == "confirmed") && verbGroupAux(s.toks[k-1].lower)
}

// anyPersonWords are the indefinite pronouns for any person (the
// compound pronouns in any- and some-).
var anyPersonWords = set("anyone", "anybody", "someone", "somebody")

// restrictedDenial reports whether s denies the act only of a class of
// people, by "no" with a noun that names a kind of person ("No residents
// have been reported hurt"), and q asks it of any person ("was anyone
// hurt") or of another class ("were firefighters hurt"): the negative
// determiner quantifies over its noun only (Quirk et al., §10.58), so
// people of another class may have been. "No one", "nobody", "no people"
// deny it of everyone. Nor does a negated verb whose subject names
// particular people deny it of anyone else (deniedOfOthers).
func (e *Engine) restrictedDenial(q *query, s *sentence, matched []int) bool {
	asksAny := false
	var asked []string // the person nouns of the question
	for i, t := range q.toks {
		asksAny = asksAny || anyPersonWords[t.lower]
		if !q.nameToks[i] && !stopWords[t.lower] && !generalHumanNouns[singular(t.lower)] && e.isPersonNoun(singular(t.lower)) {
			asked = append(asked, t.stem)
		}
	}
	if !asksAny && len(asked) == 0 {
		return false
	}
	for _, m := range matched {
		for k := m - 1; k >= 0 && k >= m-6; k-- {
			if s.toks[k].lower != "no" || k+1 >= m {
				continue
			}
			n := singular(s.toks[k+1].lower)
			if n == "one" || generalHumanNouns[n] || n == "people" || !e.isPersonNoun(n) {
				return false
			}
			return !slices.ContainsFunc(asked, s.toks[k+1].meets) // "were any residents hurt" asks of residents
		}
	}
	return e.deniedOfOthers(s, matched, asked, asksAny) // "Two customers and a clerk were not hurt" (denialsubject.go)
}
