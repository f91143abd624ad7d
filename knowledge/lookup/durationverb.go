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

// takeForms are the forms of the verb "take".
var takeForms = set("take", "takes", "took", "taken", "taking")

// durationTakeAt reports whether question word i is "take" in the sense
// "require (time)" (WordNet 3.0, take.v.02: "It took three hours to get
// to work this morning") in an adverbial how-long question: "how long
// did the swim take", "how long did it take (them) to weigh it", "how
// long will it take for the water to go down". There, as "last" does, it
// names the kind of answer, a duration, which the article may give
// without the verb ("finished in 9 hours").
func durationTakeAt(q *query, i int) bool {
	if q.measure != "long" || !takeForms[q.toks[i].lower] || !q.adverbLong() {
		return false
	}
	if i+1 == len(q.toks) {
		return true // "how long did the swim take"
	}
	for j := i + 1; j < len(q.toks) && j <= i+5; j++ {
		if l := q.toks[j].lower; l == "to" || l == "for" && j == i+1 {
			return true // "take (the crew) to reach them", "take for the water to go down"
		}
	}
	return false
}

// unknownDurationTake reports whether question word i is such a "take"
// and the article never uses the verb: then it is no word the answer's
// sentence must hold. One the article uses ("a process that took nearly
// 40 minutes") still helps find it.
func (e *Engine) unknownDurationTake(q *query, i int) bool {
	return durationTakeAt(q, i) && !e.known(q.toks[i])
}

// durationFrameAt reports whether question word i only frames a
// how-long question's duration: "last", or "take" the article never uses.
func (e *Engine) durationFrameAt(q *query, i int) bool {
	return durationVerbAt(q, i) || e.unknownDurationTake(q, i)
}
