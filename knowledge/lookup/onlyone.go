package lookup

import (
	"slices"
	"strings"
)

// "Only one" is the numeral (part of stage 1, in readQuantity). "One"
// is both the numeral and the generic or substitute pronoun ("one must
// wait", "a big one"), so the reader takes it as a number only in a
// ratio. After the focusing subjunct "only", which restricts what it
// focuses to a quantity (Quirk et al., A Comprehensive Grammar of the
// English Language, 1985, §8.116–§8.117, restrictive "only"; §6.58 on
// "one" as numeral against the pronoun), it is the cardinal: "only one
// is still running", "only one, the Harbor Queen, survived" count one.

// pronounOne reads "one" at token i of s, which is no numeral the
// reader knows, as a count where it is one: in a ratio ("one in five"),
// after "only" (onlyOne), or determining a noun (determinerOne); ok is
// false elsewhere.
func pronounOne(s string, toks []token, i int) (quantity, bool) {
	r := quantity{kind: qCount, value: 1, tok: i, end: i + 1}
	if r.readRatio(s, toks, i+1) {
		return r, true // "one in five": a share
	}
	if q, ok := onlyOne(s, toks, i); ok {
		return q, true
	}
	return determinerOne(s, toks, i)
}

// determinerOne reads "one" at token i of s as the count 1 where it
// determines a singular noun phrase, as news writing counts a single
// casualty beside others ("One person was killed and 14 others were
// injured"): the numeral "one" stands first in its noun phrase and a
// head follows it, where the pronoun stands alone ("one of the
// victims", "one said") or after a determiner ("the one", "no one",
// "each one"; Quirk et al. 1985, §6.58 on "one" as numeral and as
// pronoun). The head is read as after an ordinal (ordinalHead); a word
// after "one" that is a verb of saying, an -ed or -ing form, or
// "another" or "other" (the reciprocal and the contrastive pronouns)
// makes "one" the pronoun. Only a "one" set against a later count is
// read (cardinalCoordinated).
func determinerOne(s string, toks []token, i int) (quantity, bool) {
	if i > 0 && (determiners[toks[i-1].lower] || possessiveDeterminers[toks[i-1].lower] || toks[i-1].poss) || i+1 >= len(toks) || punctuatedBetween(s, toks, i+1) {
		return quantity{}, false
	}
	switch w := toks[i+1].lower; {
	case speechVerbs[w], w == "another", w == "other", w == "more", strings.HasSuffix(w, "ed"), strings.HasSuffix(w, "ing"), modalAux[w], auxiliaries[w]:
		return quantity{}, false
	}
	stems, end, ok := ordinalHead(s, toks, i+1)
	if !ok || !cardinalCoordinated(toks, i, end) && !prepositionalOne(toks, i) {
		return quantity{}, false
	}
	q := quantity{kind: qCount, value: 1, tok: i, end: end, unit: stems[0], noun: stems[1], mods: stems[2:]}
	q.text = s[toks[i].start:toks[end-1].end]
	return q, true
}

// cardinalCoordinated reports whether the "one" at token i, its phrase
// ending before token j, is coordinated with another count: a cardinal
// after an "and" that follows it ("One person was killed and 14 others
// were injured"), or an "and" right before it with a cardinal earlier
// ("Nine of the students and one chaperone"). Set against another count,
// "one" is the numeral beyond doubt, where alone ("One driver died when
// …") it may single out one of a toll told before.
func cardinalCoordinated(toks []token, i, j int) bool {
	for k := j + 1; k < len(toks); k++ {
		if toks[k-1].lower == "and" && cardinalOpens(toks[k]) {
			return true
		}
	}
	return i > 0 && toks[i-1].lower == "and" && slices.ContainsFunc(toks[:i-1], cardinalOpens)
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

// proFormHeadDropped drops a counted noun that is the pro-form "others"
// ("how many others were injured"): "others" is "other" with its head
// left out (Quirk et al., §6.56), so it names no noun to count, and the
// article's "14 others" counts the head it stands for (inheritTotal).
func proFormHeadDropped(focus []string) []string {
	if n := len(focus); n > 0 && focus[n-1] == stemOf("others") {
		if n == 1 {
			return nil
		}
		return focus[:n-1]
	}
	return focus
}

// prepositionalOne reports whether the "one" at token i opens the object
// of a preposition ("led the team to one bowl game", "in one season"):
// there it counts its head, as it cannot single out one of a toll the
// sentence's subject told before. "At" is left out: "at one point", "at
// one time" are idioms of an indefinite time (Merriam-Webster, "at one
// time" 1: formerly), no count.
func prepositionalOne(toks []token, i int) bool {
	return i > 0 && prepositions[toks[i-1].lower] && toks[i-1].lower != "at"
}
