package lookup

import "slices"

// The verb of duration (part of stage 2): "how long does the bill last",
// "how long did the strike last" ask the duration itself, which the
// article gives as "a five-year farm bill" or "a two-week strike" without
// the verb. "Last" as a verb means "to continue in time" (Merriam-Webster,
// "last" v. 1; WordNet 3.0, last.v.01: "persist for a specified period of
// time") and takes the adjunct of duration as its complement (Quirk et
// al., §10.16, obligatory adverbials), so in a how-long question it names
// the kind of answer, as "long" does, and no act the sentence must hold.

// durationVerbForms are the forms of the verb "last".
var durationVerbForms = set("last", "lasts", "lasted", "lasting")

// durationVerbAt reports whether question word i is the verb "last" of a
// how-long question: a form of it that stands after no determiner, where
// "last" is the adjective of order ("how long was the last strike"), in a
// question with a content word of its own to name what lasted (in "how
// long did the final last" the type word "final" is all there is).
func durationVerbAt(q *query, i int) bool {
	if q.measure != "long" || !durationVerbForms[q.toks[i].lower] || i == 0 {
		return false
	}
	p := q.toks[i-1].lower
	if determiners[p] || possessiveDeterminers[p] || q.toks[i-1].poss {
		return false
	}
	return slices.ContainsFunc(q.toks, func(t token) bool {
		return t.lower != q.toks[i].lower && !stopWords[t.lower] && !typeWords[t.lower] && !chatWords[t.lower]
	})
}
