package lookup

import (
	"fmt"
	"strings"
)

// Which-questions whose noun the article writes but never as the head of
// a phrase that picks one thing out (part of stage 4, with whichnoun.go).
// A which-question asks for a selection from a set (Quirk et al. 1985,
// §6.36, §11.14), so its answer is a name, or a definite noun phrase,
// headed by the asked noun or by a kind of it.
//
// A noun that premodifies another ("a railroad bridge pier", "ship
// strikes") names a class that qualifies the head, not a particular
// (Quirk et al., §5.52, §17.104; Biber et al. 1999, §8.3.1 on noun
// premodifiers): when the article writes the asked noun only so and names
// none of it, it does not say which one (whichOnlyPremodifies).
//
// A close apposition "the towboat Miss Corinne", "the poet Burns" (Quirk
// et al., §17.77–§17.79) names the instance of its first part; a closed
// compound names a kind of its last part (compoundhyponym.go), so it
// answers "which boat" too (apposedInstance).
//
// When the question asks nothing but its noun of the story itself
// ("which river was it on"), it asks of the event the lead tells, and the
// one instance the lead names answers: the lead paragraph gives the
// story's who, what and where (AP Stylebook, "lead"; the inverted pyramid)
// (leadInstance).

// whichOnlyPremodifies is the refusal of a which-question whose noun the article
// writes, and always as a premodifier of the next noun; ok is false when
// it writes the noun, or a closed compound kind of it, as a head anywhere,
// or the noun not at all.
func (e *Engine) whichOnlyPremodifies(q *query) (reply, bool) {
	noun := q.whichNoun
	if len(e.compoundKindsKnown(noun)) > 0 {
		return reply{}, false // "a motorboat": a kind of boat as a head (compoundhyponym.go)
	}
	var first *sentence
	phrase := ""
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if !e.sameNoun(t, noun) {
				continue
			}
			end := e.premodifiedNounEnd(s, k)
			if end < 0 {
				return reply{}, false // a head: the noun of some phrase here
			}
			if first == nil || first.part != "" && s.part == "" {
				first, phrase = s, s.text[t.start:s.toks[end].end]
			}
		}
	}
	if first == nil {
		return reply{}, false
	}
	return reply{head: fmt.Sprintf("The article doesn't say which %s: it writes %q only in %q.", noun, noun, phrase), used: []*sentence{first}}, true
}

// premodifiedNounEnd is the index of the noun that token k of s premodifies
// within one noun phrase ("railroad bridge pier": the "bridge" after
// "railroad", and on to "pier"), or -1 when token k is a head: a plural,
// a word of a name, or a noun with no noun after it.
func (e *Engine) premodifiedNounEnd(s *sentence, k int) int {
	t := s.toks[k]
	if plural(t.lower) || t.cap && !sentenceStart(s, k) && s.part == "" || t.poss {
		return -1
	}
	end := -1
	for j := k + 1; j < len(s.toks); j++ {
		n := s.toks[j]
		if !spaced(s, j-1, j) || n.cap || stopWords[n.lower] || prepositions[n.lower] || !e.canBe(n.lower, "noun") {
			break
		}
		end = j
	}
	return end
}

// apposedInstance answers a which-question with the one name the article
// writes in close apposition after "the" and the asked noun or a closed
// compound kind of it ("the towboat Miss Corinne" for "which boat"); ok
// is false when it writes none, or two different ones.
func (e *Engine) apposedInstance(q *query) (reply, bool) {
	head := singular(q.whichNoun)
	found, at := "", (*sentence)(nil)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for k, t := range s.toks {
			if k == 0 || t.cap && !sentenceStart(s, k) || s.toks[k-1].lower != "the" || !spaced(s, k-1, k) {
				continue
			}
			if !e.sameNoun(t, head) && !e.compoundOf(singular(t.lower), head) {
				continue
			}
			name := closeApposedName(s, k)
			if name == "" {
				continue
			}
			p := s.text[s.toks[k-1].start:t.end] + " " + name
			if found != "" && !strings.HasSuffix(found, " "+name) {
				return reply{}, false // two things fit: the question does not say which
			}
			found, at = p, s
		}
	}
	if found == "" {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(found) + ".", used: []*sentence{at}}, true
}

// leadInstance answers a which-question that asks nothing but its noun
// ("which river was it on") with the one instance among inst that the
// lead, the first body sentence, names; ok is false when it names none or
// more than one.
func (e *Engine) leadInstance(inst []int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		var in []int
		for _, x := range s.named {
			if contains(inst, x) && !contains(in, x) {
				in = append(in, x)
			}
		}
		if len(in) != 1 {
			return reply{}, false
		}
		return reply{found: true, head: e.a.Entities[in[0]].Name + ".", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// unnamedByHead answers a which-question about a noun the article names
// no instance of: by a close apposition of it or of a compound kind of it
// ("the towboat Miss Corinne"), else by the refusal when the article
// writes the noun only as a premodifier ("a railroad bridge pier").
func (e *Engine) unnamedByHead(q *query) (reply, bool) {
	if r, ok := e.apposedInstance(q); ok {
		return r, true
	}
	return e.whichOnlyPremodifies(q)
}

// unaskedInstance answers a which-question by the rules of this file:
// with no instance named, unnamedByHead; with several and nothing asked
// but the noun ("which river was it on"), leadInstance.
func (e *Engine) unaskedInstance(q, sub *query, inst []int) (reply, bool) {
	if len(inst) == 0 {
		return e.unnamedByHead(q)
	}
	if len(inst) > 1 && len(sub.terms) == 0 && len(q.subjects) == 0 {
		return e.leadInstance(inst)
	}
	return reply{}, false
}
