package lookup

import "strings"

// Ratios (part of stage 1, numbers): "one in five kindergarteners", "three
// out of four voters" give a share of a group as a ratio of two counts,
// the way AP style writes a proportion it does not give as a percentage
// (AP Stylebook, "percent", "ratios"); it answers "what share", "what
// percentage" and "what fraction" as a percentage does.

// readRatio reads "in" or "out of" and a count no smaller than q's
// value after a count at token j, or "in every" or "of every" and such a
// count (the distributive determiner before the group's size: "one in
// every five", "three of every four"; Quirk et al., §5.14 on "every"),
// making q the ratio: a percentage of kind qPercent whose text is the
// ratio as written. A year after "in" dates the count ("3 in 2024"), it
// makes no ratio.
func (q *quantity) readRatio(s string, toks []token, j int) bool {
	if q.kind != qCount || j >= len(toks) {
		return false
	}
	k := j + 1
	switch {
	case toks[j].lower == "in":
	case toks[j].lower == "out" && k < len(toks) && toks[k].lower == "of":
		k++
	case toks[j].lower == "of" && k < len(toks) && toks[k].lower == "every":
	default:
		return false
	}
	if k < len(toks) && toks[k].lower == "every" {
		k++ // "one in every five", "three of every four": the distributive names the group each share is of
	}
	d, sk, ok := articleScale(toks, k) // "one in a thousand" (ratioarticle.go)
	if ok {
		k = sk
	} else if k >= len(toks) || !cardinal(toks[k].lower) || yearOf(toks[k]) != 0 {
		return false
	} else {
		d, _, ok = numberValue(toks[k])
	}
	if !ok || d <= 0 || d < q.value {
		return false
	}
	q.value, q.end = 100*q.value/d, k+1
	if !punctuatedBetween(s, toks, q.end) {
		q.readUnit(s, toks, q.end) // "one in five kindergarteners": the group the share is of
		q.end = k + 1
	}
	q.kind = qPercent
	q.text = strings.TrimRight(s[toks[numeralStart(toks, q.tok)].start:toks[k].end], ",;:")
	return true
}

// ratioGroupAsked reports whether n is a ratio of the group the
// question's of-phrase names ("what share of voters": "one in four
// voters"; the partitive of-phrase names the whole, Quirk et al., §5.9).
func ratioGroupAsked(q *query, n quantity) bool {
	if n.kind != qPercent || n.unit == "" {
		return false
	}
	for i := 0; i+1 < len(q.toks); i++ {
		if q.toks[i].lower == "of" && singular(q.toks[i+1].lower) == singular(n.noun) {
			return true
		}
	}
	return false
}
