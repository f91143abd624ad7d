package lookup

import (
	"slices"
	"strings"
)

// An adjective heads a noun phrase that names a class of people by what
// they are ("the injured", "the dead", "the missing": Quirk et al.,
// §7.23, adjectives as heads of noun phrases). A partitive of one ("Six
// of the injured were in critical condition") counts a part of the
// people the adjective's act befell, so "how many got hurt" is not told
// by it: the hurt is presupposed of the whole, as the premodifier's is
// in "Six of the derailed cars" (onlyRestricts).

// adjectiveSet reports whether term t of the question names the set of
// partitive part n by its adjective head: n counts "the injured" and t
// is "hurt" or "injured".
func adjectiveSet(t term, n quantity) bool {
	if !n.part || n.unit == "" || !strings.HasSuffix(strings.ToLower(n.noun), "ed") {
		return false // an adjective head in -ed, a participle: "the injured", "the wounded"
	}
	return t.matchesStem(n.unit) || slices.Contains(t.alts, n.unit)
}

// getPassiveAt reports whether toks[i] is a form of "get" that makes the
// get-passive with the participle after it ("how many got hurt"): an
// auxiliary, no light verb with a meaning of its own (Quirk et al.,
// §3.66, the get-passive).
func (e *Engine) getPassiveAt(toks []token, i int) bool {
	if !getForms[toks[i].lower] || i+1 >= len(toks) {
		return false
	}
	w := toks[i+1].lower
	return e.pastForm(w) || invariantVerbs[w]
}

// invariantVerbs are the irregular verbs whose base, past and past
// participle are one form (Quirk et al., §3.16, irregular verbs of class
// 7: "hurt", "hit", "cut"), which no -ed or exception list marks as a
// participle.
var invariantVerbs = set("hurt", "hit", "cut", "put", "set", "let", "shut", "burst", "cast", "cost",
	"quit", "split", "spread", "thrust", "upset", "beat")
