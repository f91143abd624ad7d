package lookup

import "strings"

// "Only one" is the numeral (part of stage 1, in readQuantity). "One"
// is both the numeral and the generic or substitute pronoun ("one must
// wait", "a big one"), so the reader takes it as a number only in a
// ratio. After the focusing subjunct "only", which restricts what it
// focuses to a quantity (Quirk et al., A Comprehensive Grammar of the
// English Language, 1985, §8.116–§8.117, restrictive "only"; §6.58 on
// "one" as numeral against the pronoun), it is the cardinal: "only one
// is still running", "only one, the Harbor Queen, survived" count one.

// pronounOne reads "one" at token i of s, which is no numeral the
// reader knows, as a count where it is one: in a ratio ("one in five")
// or after "only" (onlyOne); ok is false elsewhere.
func pronounOne(s string, toks []token, i int) (quantity, bool) {
	r := quantity{kind: qCount, value: 1, tok: i, end: i + 1}
	if r.readRatio(s, toks, i+1) {
		return r, true // "one in five": a share
	}
	return onlyOne(s, toks, i)
}

// onlyOne reads "one" at token i of s as the count 1 when "only" stands
// straight before it; ok is false otherwise.
func onlyOne(s string, toks []token, i int) (quantity, bool) {
	if i == 0 || toks[i-1].lower != "only" {
		return quantity{}, false
	}
	q := quantity{kind: qCount, value: 1, tok: i, end: i + 1}
	if !punctuatedBetween(s, toks, i+1) {
		q.readUnit(s, toks, i+1)
	}
	q.text = strings.TrimRight(s[toks[i].start:toks[q.end-1].end], ",;:")
	return q, true
}
