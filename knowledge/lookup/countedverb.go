package lookup

import (
	"slices"
	"strings"
)

// The counted noun and what is said of it (part of stage 2). In "how
// many people lost power" the counted noun phrase ends at its plural head
// and the words after it are the predicate; and a word one WordNet link
// from the counted noun does not stand for it ("lost" is one link from
// "people" only as the noun "the lost").

// otherWordsDropped returns term tm of question word i, when weak,
// without the alternatives that are the noun the question counts: a
// question's words each say something of their own (Grice's maxim of
// quantity), and what the rest of it says is said of the counted noun,
// so a neighbour that repeats it is not this word's meaning. A term left
// with no alternative is a word the article never uses.
func (q *query) otherWordsDropped(tm term, i int) term {
	if !tm.weak {
		return tm
	}
	alts := slices.DeleteFunc(slices.Clone(tm.alts), func(a string) bool {
		return !inFocus(q.focus, q.toks[i].stem) && inFocus(q.focus, a)
	})
	if len(alts) == len(tm.alts) {
		return tm
	}
	tm.alts = alts
	if len(alts) == 0 && len(tm.phrases) == 0 {
		tm.known, tm.weak = false, false
	}
	return tm
}

// pluralHeadBefore reports whether the question word prev, just added to
// a counted noun phrase, is its plural head and next no part of the
// phrase: "many" takes a plural count noun (Quirk et al., §5.23) and
// English puts the head of a noun phrase after its premodifiers
// (§17.101), so the word after a plural that is itself no plural ("how
// many people lost power") opens the predicate. A plural before another
// plural is a premodifier ("news outlets"), and a possessive one
// determines the noun after it ("countries' ambassadors").
func pluralHeadBefore(prev, next string) bool {
	if strings.HasSuffix(prev, "'") || strings.HasSuffix(prev, "'s") {
		return false
	}
	p := strings.Trim(prev, "?!.,")
	return (plural(p) || p == "people") && !plural(next)
}
