package lookup

import (
	"math"
	"slices"
	"strings"
)

// fractionShares are the fractions written in words, as the percentages
// they are (AP Stylebook, "fractions": amounts less than one are spelled
// out, "two-thirds", "a half"). "Third", "fourth" and "quarter" are
// fractions only after "a" or "one" ("a third"); alone they are ordinals
// or a period of play.
var fractionShares = map[string]float64{
	"half": 50, "third": 100.0 / 3, "quarter": 25, "fourth": 25,
	"two-thirds": 200.0 / 3, "three-quarters": 75, "three-fourths": 75,
}

// changeFractions adds to qs, in token order, each fraction in words that
// measures a change after "by", hedged or not ("sales fell by nearly
// half", "cut falls by a third"): "by" introduces the measure of a
// difference (Quirk et al., §9.61, prepositions of degree), so the
// fraction is how much something changed, a share of what it was. A
// number read at the fraction's word (the ordinal "third") is replaced.
func changeFractions(s string, toks []token, qs []quantity) []quantity {
	for i, t := range toks {
		v, ok := fractionShares[t.lower]
		if !ok {
			continue
		}
		start := i
		if i > 0 && (toks[i-1].lower == "a" || toks[i-1].lower == "one") {
			start = i - 1
		} else if t.lower == "third" || t.lower == "fourth" || t.lower == "quarter" {
			continue // "the third quarter": ordinals, no share
		}
		k := start - 1
		for k >= 0 && numberApproximators[toks[k].lower] {
			k--
		}
		if k < 0 || toks[k].lower != "by" {
			continue
		}
		n := quantity{kind: qPercent, value: v, tok: start, end: i + 1, text: s[toks[start].start:t.end]}
		qs = slices.DeleteFunc(qs, func(m quantity) bool { return m.tok < n.end && m.end > n.tok })
		at, _ := slices.BinarySearchFunc(qs, n.tok, func(m quantity, tok int) int { return m.tok - tok })
		qs = slices.Insert(qs, at, n)
	}
	return qs
}

// fractionSpan is how far, in percentage points, a fraction in words may
// stand from the percentage it rounds: a third is 33.3%, and "nearly a
// third" condenses 31%.
const fractionSpan = 5

// bodyPercentOf is the first body sentence with a percentage, outside
// quotation, that fraction n of the headline rounds, and that
// percentage. A headline condenses the lead in few words and rounds its
// figures to words (AP Stylebook, "headlines"; "fractions"), so the body
// gives the exact share ("fell 31% less often" for "cut falls by nearly a
// third"). ok is false when n is no fraction or no body sentence has one
// near it.
func (e *Engine) bodyPercentOf(n quantity) (*sentence, quantity, bool) {
	words := strings.Fields(strings.ToLower(n.text))
	if n.kind != qPercent || len(words) == 0 || fractionShares[words[len(words)-1]] == 0 {
		return nil, quantity{}, false
	}
	for i := range e.r.sents {
		b := &e.r.sents[i]
		if b.part != "" {
			continue
		}
		for _, m := range b.nums {
			if m.kind == qPercent && math.Abs(m.value-n.value) <= fractionSpan && !quoted(b, m) && !slices.ContainsFunc(strings.Fields(m.text), func(w string) bool { return fractionShares[strings.ToLower(w)] > 0 }) {
				return b, m, true
			}
		}
	}
	return nil, quantity{}, false
}
