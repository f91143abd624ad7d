package lookup

import (
	"slices"
	"strings"
)

// The premodifier that tells two sums of one noun apart (part of stage 4,
// counts and amounts): "a one-time cash payment of $780,000 instead of
// annual payments of $60,000" names two payments, and "how much were the
// yearly payments" asks the one whose noun phrase the question's
// modifier restricts. A premodifier before the head restricts which of
// the things the head names is meant (Quirk et al. 1985, §17.3 on
// restrictive modification, §17.101 on the order of premodifiers), so a
// question word that meets one of the premodifiers of the noun a sum is
// the amount of (amountHead) points to that sum over one whose noun the
// question names alone.

// amountModifierSpan is how many words before its head a premodifier may
// stand ("a one-time cash payment").
const amountModifierSpan = 3

// amountModifierWeight is one point when a question term meets a
// premodifier of the noun money figure n of s is the amount of, none
// otherwise.
func (e *Engine) amountModifierWeight(q *query, s *sentence, n quantity) float64 {
	if e.noLex || n.kind != qMoney {
		return 0
	}
	h := e.amountHead(s, n)
	if h < 0 || h >= n.tok && h < n.end {
		return 0
	}
	for k := h - 1; k >= 0 && k >= h-amountModifierSpan; k-- {
		t := s.toks[k]
		if k >= n.tok && k < n.end || punctuatedBetween(s.text, s.toks, k+1) || isNumeric(t) || !e.premodifier(strings.TrimSuffix(t.lower, "'s")) || stopWords[t.lower] {
			return 0 // the phrase begins at its determiner, a figure or a break
		}
		if slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) && !m.matches(s.toks[h]) }) {
			return 1
		}
	}
	return 0
}
