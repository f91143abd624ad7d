package lookup

import (
	"slices"
	"strings"
)

// A denial told of particular people (part of stage 4, yes/no): "Two
// customers and a clerk in the store were not hurt" negates the clause of
// its subject, the customers and the clerk (Quirk et al., "A
// Comprehensive Grammar", §10.55 on clause negation, whose scope leaves
// the subject outside it), and says nothing of whether anyone else was
// hurt: "was anyone hurt" asks of any person, which only a universal
// negative denies ("No one was hurt", "Nobody", §6.62 on the negative
// pronouns), and "was the owner hurt" asks of someone the subject does
// not name. restrictedDenial reads the negative determiner; this reads a
// negated verb whose subject names people.

// negativeSubjectWords make the subject itself negative, so that the
// clause denies the act of everyone it could be asked of (Quirk et al.,
// §6.62, the negative pronouns and determiners).
var negativeSubjectWords = set("no", "none", "nobody", "noone", "neither", "nor")

// deniedOfOthers reports whether s denies the act at a matched word by a
// negated verb group whose subject names particular people (a person
// noun or a person's name, no negative word), and q asks of any person
// (asksAny) or of a person noun the subject does not hold (asked, as
// stems).
func (e *Engine) deniedOfOthers(s *sentence, matched []int, asked []string, asksAny bool) bool {
	for _, m := range matched {
		if !negatedVerbGroup(s, m) {
			continue
		}
		g := m - 1
		for g > 0 && (negations[s.toks[g-1].lower] || verbGroupAux(s.toks[g-1].lower) || isAdverb(s.toks[g-1].lower)) {
			g--
		}
		people := e.subjectPeople(s, subjectStart(s, g), g)
		if len(people) == 0 {
			return false
		}
		if asksAny {
			return true
		}
		return !slices.ContainsFunc(asked, func(a string) bool {
			return slices.ContainsFunc(people, func(k int) bool { return s.toks[k].meets(a) })
		})
	}
	return false
}

// subjectPeople is the tokens of s from from to before to that name a
// person, by a person noun or a name, when none of them makes the
// subject negative ("No residents", "Nobody"); nil otherwise.
func (e *Engine) subjectPeople(s *sentence, from, to int) []int {
	var people []int
	for k := from; k < to; k++ {
		w := s.toks[k].lower
		if negativeSubjectWords[w] || strings.HasPrefix(w, "every") || w == "all" {
			return nil // "no one", "everyone": the denial is of all
		}
		if !stopWords[w] && (e.isPersonNoun(singular(w)) || e.namedAt(s, k)) {
			people = append(people, k)
		}
	}
	return people
}

// subjectStart is the first token of the subject before the verb group
// at g: after the nearest punctuation or clause joint before it, where a
// coordinator joins the subject's own noun phrases ("Two customers and a
// clerk", Quirk et al., §13.58 on coordinated noun phrases) and opens no
// clause.
func subjectStart(s *sentence, g int) int {
	for j := g; j > 0; j-- {
		w := s.toks[j-1].lower
		if clauseJoints[w] && w != "and" && w != "or" || strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—–") {
			return j
		}
	}
	return 0
}
