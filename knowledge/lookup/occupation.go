package lookup

import (
	"fmt"
	"strings"
)

// Predicate nouns of occupation (part of stage 4, yes/no): "is Whitfield's
// kid a teacher?" when the article quotes Whitfield, "My daughter is a
// nurse." The subject is found under the question's noun or a noun
// WordNet files as a kind of it ("daughter" is a kind of "kid"), owned by
// the person asked of: "X's", or "my" in X's own quotation. A predicate
// noun of the same kind answers yes; one that names another occupation
// answers no, as the occupations WordNet files under "professional" and
// "worker" are co-taxonyms of one taxonomy of callings, which are incompatible (Cruse, "Lexical
// Semantics", 1986, §4.4: "a nurse" and "a teacher" are different
// callings), unless one is filed under the other ("a surgeon" is a
// doctor). A noun that is no occupation settles nothing.

// ownedPredicateRe is "is X's <noun> a <noun>?".
var ownedPredicateRe = lazyRE(`^\W*(?:\w+\W+){0,6}?(?:is|was)\s+([a-z][\w.-]*)(?:'s|’s|s')\s+([a-z]+)\s+(?:still\s+)?(?:a|an)\s+([a-z][\w-]*)\W*$`)

// occupationKinds are the WordNet nouns under which it files the callings
// people follow for a living.
var occupationKinds = []string{"professional", "worker"}

// occupationsClash reports whether two nouns name different occupations:
// each is a kind of professional or worker, and neither is a kind of the
// other.
func (e *Engine) occupationsClash(a, b string) bool {
	if a == b || e.lex.KindOf(a, b) || e.lex.KindOf(b, a) {
		return false
	}
	return e.occupation(a) && e.occupation(b)
}

// occupation reports whether WordNet files a noun under one of the
// occupation kinds.
func (e *Engine) occupation(w string) bool {
	for _, k := range occupationKinds {
		if e.lex.KindOf(w, k) {
			return true
		}
	}
	return false
}

// ownedPredicate answers "is X's <relation> a <noun>?" from a sentence
// that says what X's relation is.
func (e *Engine) ownedPredicate(q *query) (reply, bool) {
	m := ownedPredicateRe.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || e.noLex || q.negated {
		return reply{}, false
	}
	x := e.subjectWritten(q, m[1])
	if x < 0 {
		return reply{}, false
	}
	rel, asked := singular(m[2]), singular(m[3])
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k+3 < len(s.toks); k++ {
			w := singular(s.toks[k].lower)
			if w != rel && !e.lex.KindOf(w, rel) || !e.ownedBy(s, k, x) {
				continue
			}
			said := predicateNounAfter(s, k)
			switch {
			case said == "":
				continue
			case said == asked || e.lex.KindOf(said, asked):
				return reply{found: true, head: fmt.Sprintf("Yes — a %s, the article says:", said), used: []*sentence{s}}, true
			case e.occupationsClash(said, asked):
				return reply{found: true, head: fmt.Sprintf("No — a %s, the article says:", said), used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// subjectWritten is the entity of the question's subjects written w, or -1.
func (e *Engine) subjectWritten(q *query, w string) int {
	for _, x := range q.subjects {
		for _, f := range e.r.ents[x].forms {
			if len(f) > 0 && f[len(f)-1] == w {
				return x
			}
		}
	}
	return -1
}

// ownedBy reports whether the noun at token k of s is person x's: after
// x's possessive name, or after "my" in a quotation x speaks.
func (e *Engine) ownedBy(s *sentence, k, x int) bool {
	p := s.toks[k-1]
	if p.lower == "my" {
		return s.quoted[k] && s.speaker == x
	}
	return p.poss && e.endsAt(s, x, k-1)
}

// predicateNounAfter is the predicate noun of "<noun> is a <noun>" with
// the subject at token k of s: the head of the noun phrase after the
// copula and the indefinite article, its last word before a preposition,
// a clause word or punctuation; "" when s says no such thing.
func predicateNounAfter(s *sentence, k int) string {
	if !copulas[s.toks[k+1].lower] || s.toks[k+2].lower != "a" && s.toks[k+2].lower != "an" {
		return ""
	}
	head := ""
	for j := k + 3; j < len(s.toks); j++ {
		if stopWords[s.toks[j].lower] || s.toks[j].cap {
			break
		}
		head = s.toks[j].lower
		if j+1 < len(s.toks) && strings.ContainsAny(s.text[s.toks[j].end:s.toks[j+1].start], ",;:.!?\"”") {
			break
		}
	}
	return singular(head)
}
