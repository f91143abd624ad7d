package lookup

import (
	"slices"
	"strings"
)

// The opposite stated (part of stage 4, yes/no): "did the shares rise?"
// when the article says the shares fell. A sentence that states of the
// same subject the antonym of the asked word, in all else holding the
// question, answers No: antonyms are incompatible, so one stated denies
// the other (Cruse, "Lexical Semantics", ch. 9–11; the antonym pairs are
// WordNet's). A negated antonym ("not closed") settles nothing and is
// left alone, as complementaries are few and contraries many. A negated
// question ("is the pharmacy not open anymore", "no longer open") asks
// the very absence the antonym states: the antonym entails the asked
// word's negation (Cruse, ch. 9: a contrary's "X" entails "not Y"), so
// the same sentence answers it Yes. A question opened by a contracted
// negative operator ("isn't it open?") is conducive, expecting a positive
// answer (Quirk et al., §11.8), and keeps its old reading: none.

// opposite answers No from a sentence that states an antonym of one of the
// question's terms of its subject, or nothing.
func (e *Engine) opposite(q *query) (reply, bool) {
	if e.noLex || q.negated && (len(q.toks) == 0 || strings.HasSuffix(q.toks[0].lower, "n't")) {
		return reply{}, false
	}
	for i, t := range q.terms {
		if q.againAsked(t) {
			continue // "open again" takes the closing for granted
		}
		alts, inherited := e.oppositeQueries(q, i)
		for _, alt := range alts {
			if r, ok := e.oppositeStated(q, alt, i, inherited); ok {
				return r, true
			}
		}
	}
	return reply{}, false
}

// oppositeQueries returns q with term i replaced by its antonyms the
// article uses: one query for its own antonyms, or else one for each
// antonym inherited from a broader word (inheritedantonym.go), so each is
// weighed as the word itself, and whether they are inherited.
func (e *Engine) oppositeQueries(q *query, i int) ([]*query, bool) {
	t := q.terms[i]
	with := func(ants []string) *query {
		alt := *q
		alt.terms = append([]term(nil), q.terms...)
		alt.terms[i] = term{lower: ants[0], stem: ants[0], alts: ants[1:], known: true, weight: t.weight}
		return &alt
	}
	if ants := e.antonymsKnown(t.lower); len(ants) > 0 {
		return []*query{with(ants)}, false
	}
	var out []*query
	for _, a := range e.inheritedAntonymsKnown(t.lower) {
		out = append(out, with([]string{a}))
	}
	return out, true
}

// oppositeStated answers No from the best sentence that holds alt, q with
// term i replaced by an antonym, stated of q's subject and not negated.
// An inherited antonym must have the subject asked about as the subject
// of its own clause: a broader word's antonym may oppose another of its
// senses ("recuse" is to reject, whose antonym "admit" is said of
// acknowledging), and only the subject's own state excludes the asked one.
func (e *Engine) oppositeStated(q, alt *query, i int, inherited bool) (reply, bool) {
	for _, c := range e.rank(alt, func(s *sentence) bool { return !e.othersDenial(alt, s) }) {
		if !e.holds(alt, c) || c.coverage < 0.75 || c.subjects < len(q.subjects) {
			continue
		}
		s := &e.r.sents[c.s]
		at := termAt(s, alt.terms[i])
		if len(at) == 0 || e.denies(s, at) || reportsClaim(s, at) || e.predicateOfOther(q, s, at) || e.pastOnly(q, s, at[0]) {
			continue
		}
		if inherited && len(q.subjects) > 0 && !e.subjectBefore(s, at[0], q.subjects) {
			continue
		}
		if askedElsewhere(q, s, i, at) {
			continue
		}
		head := "No —"
		if q.negated {
			head = "Yes —" // "is it not open anymore": "it closed"
		}
		return reply{found: true, head: head, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// antonymsKnown returns the stems of the word's antonyms that the article
// uses, single words only, none of them a form of the word itself: its
// WordNet antonyms and its un- adjective (unprefix.go).
func (e *Engine) antonymsKnown(w string) []string {
	out := e.unPrefixedKnown(w) // "unhurt" for "hurt"
	for _, a := range e.antonymWords(w) {
		if st := stemOf(a); (e.r.vocab[st] || e.r.vocab[a]) && !containsStr(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// antonymWords are WordNet's antonyms of w that can stand for it in a
// sentence: single content words, none a form of w itself.
func (e *Engine) antonymWords(w string) []string {
	var out []string
	for _, a := range e.lex.Antonyms(w) {
		if len(a) < 3 || stopWords[a] || strings.Contains(a, " ") || stemsMeet(stemOf(a), stemOf(w)) {
			continue
		}
		out = append(out, a)
	}
	return out
}

// termAt returns the tokens of s that hold the term.
func termAt(s *sentence, t term) []int {
	var out []int
	for k, tok := range s.toks {
		if t.matches(tok) {
			out = append(out, k)
		}
	}
	return out
}

// containsStr reports whether ss holds s.
func containsStr(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// askedElsewhere reports whether the antonym found in s at positions at
// is a word the question itself asks by another of its terms: in "did
// the money run out after construction began", "began" names the anchor
// of the clause of time (Quirk et al. 1985, §15.25), not the opposite of
// "run out", so "construction began in June" denies nothing.
func askedElsewhere(q *query, s *sentence, i int, at []int) bool {
	for j, t := range q.terms {
		if j == i {
			continue
		}
		for _, k := range termAt(s, t) {
			if slices.Contains(at, k) {
				return true
			}
		}
	}
	return false
}
