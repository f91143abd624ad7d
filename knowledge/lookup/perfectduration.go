package lookup

import (
	"slices"
	"strings"
)

// The perfect of any verb with "how long" (part of stage 4): "how long
// has the family had the land", like "how long has it been open", asks
// how long a state or an act has lasted up to now, which a span of time
// answers and a length in miles does not (Quirk et al., §4.22, the
// perfect with adjuncts of duration). In a wh-question the auxiliary
// stands right after the wh-phrase (§11.14), and present-day English
// puts "do" before a main verb "have" ("how long does she have"), so a
// "has", "have" or "had" right after "how long" is the auxiliary of the
// perfect.

// perfect reports whether q asks "how long" in the perfect: the perfect
// of "be" anywhere (perfectBe), or a form of "have" as the auxiliary
// right after "how long".
func (q *query) perfect() bool {
	if q.perfectBe() {
		return true
	}
	for i := 2; i < len(q.toks); i++ {
		switch q.toks[i].lower {
		case "has", "have", "had", "hasn't", "haven't", "hadn't":
			if q.toks[i-1].lower == "long" && q.toks[i-2].lower == "how" {
				return true
			}
		}
	}
	return false
}

// perfectBefore reports whether a form of "have", the auxiliary of the
// perfect, stands before token k in its clause, within six words ("has
// owned the orchard since 1931"): a question whose only verb is "have"
// ("how long has the family had the land") is answered by the span of a
// perfect clause about what it asks, whatever its verb. A verb's object
// and a prepositional complement may stand between the verb and its
// adjunct of duration ("has walked children across Green Ridge Street
// since 1983"; Quirk et al., §8.58 and §18.41 on the end position of
// adjuncts), so the search goes on to ten words while no word joins
// another clause.
func perfectBefore(s *sentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-10 && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		switch l := s.toks[j].lower; {
		case l == "has" || l == "have" || l == "had":
			return true
		case j < k-6 && (clauseJoints[l] || relativePronouns[l]):
			return false
		}
	}
	return false
}

// perfectHad reports whether q asks "how long has X had Y": the perfect
// of the main verb "have", whose possession any perfect clause about X
// and Y with its span states ("has owned", "has been run by").
func (q *query) perfectHad() bool {
	if !q.perfect() {
		return false
	}
	for i := 3; i < len(q.toks); i++ {
		if q.toks[i].lower == "had" && q.toks[i-1].lower != "long" {
			return true
		}
	}
	return false
}

// earlierOccasion reports whether s tells the act q asks of as an
// occasion before the story's ("nurses last struck in 2016, for three
// days"; otherInstance): its span is over, and is no span up to now.
func (e *Engine) earlierOccasion(q *query, s *sentence) bool {
	i := e.indexOf(s)
	return i >= 0 && e.otherInstance(q, s, e.score(q, i, e.totalWeight(q)).matched)
}

// A span of time in a clause with a modal ("could stay empty for up to
// three months", "will stay closed for at least 10 weeks") lies after the
// time of speaking: "will" and the modals of possibility refer to the
// future (Quirk et al., §4.54–4.58), and "up to" or "at least" with them
// sets a limit on a duration still to come (§8.60). A question in the
// perfect asks a duration that has run up to now (§4.22), which no such
// span answers.

// modalSpan reports whether a modal auxiliary stands before span n in
// its clause, within ten words and before any punctuation, subordinator,
// relative pronoun or perfect auxiliary; a coordinated object keeps its
// verb's modal ("must pass a background check and a two-day course").
func modalSpan(s *sentence, n quantity) bool {
	for j := n.tok - 1; j >= 0 && j >= n.tok-10 && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		l := s.toks[j].lower
		if modalAux[l] || strings.HasSuffix(l, "'ll") {
			return true
		}
		if subordinators[l] || relativePronouns[l] || l == "has" || l == "have" || l == "had" {
			return false // another clause's modal, or the perfect's own span
		}
	}
	return false
}

// A closing attribution ("…, the borough said") is a comment clause: it
// names the source of the report, not a participant in the reported
// clause (Quirk et al., §15.53 on comment clauses; AP Stylebook, "said").
// A sentence whose only words of a how-long question stand in it tells
// that the source spoke, not how long the thing asked has lasted: "how
// long has the borough had crossing guards" is not answered by "She
// missed only nine days, the borough said".

// onlyInAttribution reports whether every token of matched stands in the
// attribution that closes s: after its last comma, with a reporting verb
// among the at most six words that follow and end the sentence.
func onlyInAttribution(s *sentence, matched []int) bool {
	if len(matched) == 0 {
		return false
	}
	start := -1
	for j := len(s.toks) - 1; j > 0 && j >= len(s.toks)-6; j-- {
		if punctuatedBetween(s.text, s.toks, j) {
			start = j
			break
		}
	}
	if start < 0 || !slices.ContainsFunc(s.toks[start:], func(t token) bool { return reportingVerbs[t.lower] }) {
		return false
	}
	return !slices.ContainsFunc(matched, func(k int) bool { return k < start })
}

// The duration a perfect states belongs to its subject's state (Quirk et
// al., §4.22): "how long has the borough had crossing guards" asks of the
// borough, and a sentence that never names it, by its noun or by a word
// that refers back (measuredsubject.go's backReferents, or a personal
// pronoun), tells another subject's span ("hangs up her stop sign after
// four decades" is the guard's).

// perfectSubjectUnheld reports whether q asks "how long has the NOUN …"
// in the perfect and s holds neither the noun (in any form, or a synonym
// the question was widened with), nor a pronoun that may refer back to
// it: "it", "they" and the demonstratives to anything, "he", "she" and
// "her" only to a person (Quirk et al., §6.14).
func (e *Engine) perfectSubjectUnheld(q *query, s *sentence) bool {
	if !q.perfect() {
		return false
	}
	subj, ok := askedSubject(q)
	if !ok {
		return false
	}
	person := e.personNoun(subj.lower) || e.personNoun(singular(subj.lower))
	for _, t := range s.toks {
		if subj.matches(t) || backReferents[t.lower] || person && (personalPronouns[t.lower] || possessivePronouns[t.lower]) {
			return false
		}
	}
	return true
}
