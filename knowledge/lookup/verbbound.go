package lookup

import (
	"slices"
	"strings"
)

// How long, told by an adjunct of duration on the asked verb (part of
// stage 4, how-long questions): "how long will the storm last" of
// "Forecasters said the storm would last through Thursday", "how long is
// the upper mountain closed" of "the park closed the upper mountain for
// the rest of the week". A state whose start is now is measured by its
// end: "until", "till" or "through" with a time (Quirk et al.,
// §9.36–9.38), or "for" with "the rest", "the remainder" or "the
// balance" of a span (§9.38, "for" of duration, with a partitive of the
// span). That adjunct, in its clause with the question's own verb, is
// the state's length; a number of time elsewhere ("She had spent 19 days
// on the mountain before the storm hit") measures another act, so this
// answer comes before quantityOf's.

// restNouns are the partitive nouns of the rest of a span after "for
// the" (Quirk et al., §5.8, partitives; "for the rest of the week").
var restNouns = set("rest", "remainder", "balance", "duration")

// boundSpans are the nouns of a span of time a bound names with "the"
// that the reader's calendar fixes ("through the weekend", "until the
// end of the month"), beside seriesTimeSpans' units and seasons.
var boundSpans = set("weekend", "holidays", "end", "year", "season")

// verbBound answers a how-long question of a state or act, not of a
// thing's length, by the adjunct of duration right after the question's
// verb (or "last") in one of the best sentences holding the question.
func (e *Engine) verbBound(q *query) (reply, bool) {
	if q.measure != "long" || q.perfect() || q.asksInterval() || e.askedObjectLength(q) {
		return reply{}, false
	}
	for _, c := range e.heldCandidates(q, e.rank(q, nil), 8) {
		s := &e.r.sents[c.s]
		for m := range s.toks {
			if !durationVerbForms[s.toks[m].lower] && !slices.Contains(c.matched, m) || !e.askedVerbAt(q, s, m) {
				continue
			}
			if head, ok := durationAdjunctAfter(s, m); ok {
				return reply{found: true, head: head, used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// askedVerbAt reports whether token m of s is a verb the question asks
// with: a form of "last" when the question has one, or a word of the question that WordNet lists
// as a verb and that the question writes after its subject; a word after
// a determiner or a possessive, in either, is a noun ("how long is the
// contract").
func (e *Engine) askedVerbAt(q *query, s *sentence, m int) bool {
	t := s.toks[m]
	if durationVerbForms[t.lower] {
		return slices.ContainsFunc(q.toks, func(w token) bool { return durationVerbForms[w.lower] })
	}
	if stopWords[t.lower] || t.cap || !e.canBe(t.lower, "verb") && (e.noLex || !e.canBe(e.lex.Lemma(t.lower), "verb")) {
		return false
	}
	if m > 0 && nounOpener(s.toks[m-1]) {
		return false // "The new contract runs through …": a noun, not the verb asked
	}
	for i, w := range q.toks {
		if i > 2 && w.stem == t.stem && !nounOpener(q.toks[i-1]) {
			return true
		}
	}
	return false
}

// durationAdjunctAfter is the adjunct of duration that opens within
// eight words after token m of s (past the verb's object), in its
// clause: "through Thursday", "for the rest of the week" ("Through
// Thursday."); false when none.
func durationAdjunctAfter(s *sentence, m int) (string, bool) {
	for j := m + 1; j < len(s.toks) && j <= m+8; j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—") {
			break
		}
		w := s.toks[j].lower
		if spanStarts[w] {
			break // "runs from June 16 through July 25": a span with both ends (pairedduration.go)
		}
		if stateBounds[w] && j+1 < len(s.toks) {
			for _, sp := range s.times {
				if sp[0] >= s.toks[j].start && sp[0] <= s.toks[j+1].start {
					return capitalise(strings.TrimSuffix(s.text[s.toks[j].start:sp[1]], ".")) + ".", true
				}
			}
		}
		if stateBounds[w] && j+2 < len(s.toks) && s.toks[j+1].lower == "the" && (boundSpans[s.toks[j+2].lower] || seriesTimeSpans[s.toks[j+2].lower]) {
			return capitalise(strings.TrimSuffix(s.text[s.toks[j].start:phraseEnd(s, j+2)], ".")) + ".", true // "through the weekend"
		}
		if w == "for" && j+3 < len(s.toks) && s.toks[j+1].lower == "the" && restNouns[s.toks[j+2].lower] && s.toks[j+3].lower == "of" {
			return capitalise(strings.TrimSuffix(s.text[s.toks[j].start:phraseEnd(s, j+4)], ".")) + ".", true
		}
	}
	return "", false
}

// phraseEnd is the byte offset where the noun phrase opening at token k
// of s ends: at the next comma, dash or clause-opening word, or the
// sentence's end.
func phraseEnd(s *sentence, k int) int {
	for j := k + 1; j < len(s.toks); j++ {
		if strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—") || seriesClause[s.toks[j].lower] || s.toks[j].lower == "and" {
			return s.toks[j-1].end
		}
	}
	return s.toks[len(s.toks)-1].end
}

// nounOpener reports whether t opens a noun phrase, so the word after it
// is no verb: a determiner or a possessive (Quirk et al., §5.10).
func nounOpener(t token) bool {
	return determiners[t.lower] || possessiveDeterminers[t.lower] || t.poss
}
