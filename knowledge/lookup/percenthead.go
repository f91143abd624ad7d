package lookup

import "slices"

// Percentages named as a thing's size (part of stage 4). A percentage,
// like a sum of money (amountHead), names what it is the size of as the
// complement of a noun, "a premium of 31%", "a stake of 12%", or as its
// measure premodifier, "a 31% premium" (Quirk et al., §17.37 on
// postmodification by a prepositional phrase, §17.108 on premodification
// by a measure phrase). News writing gives a premium, a stake, a raise or
// a discount as a percentage as often as in dollars (AP Stylebook,
// "percent"), so a question asking the size of such a thing ("how big is
// the premium", though WordNet files "premium" under payments and so the
// question under sums of money) is answered by the percentage the
// article names as that thing's, not by a sum it names as nothing's
// ("will pay $48 for each share, a premium of 31%").

// percentNamed reports whether the article names some percentage as the
// amount of the noun q asks the size of.
func (e *Engine) percentNamed(q *query) bool { return e.namedOfKind(q, qPercent) }

// withNamedPercent is kinds, the kinds of number a money question
// accepts, with percentages added when the article names one as the size
// of the thing asked: first when it names no sum as that thing's, last
// when it names one too.
func (e *Engine) withNamedPercent(q *query, kinds []quantityKind) []quantityKind {
	switch {
	case slices.Contains(kinds, qPercent) || !e.percentNamed(q):
		return kinds
	case e.amountNamed(q):
		return append(slices.Clip(kinds), qPercent)
	}
	return append([]quantityKind{qPercent}, kinds...)
}

// percentUnit is unit, as unitOf found it for number n of s, raised to 1
// when n is a percentage named as the size of the thing q asks the size
// of ("a premium of 31%" for "how big is the premium").
func (e *Engine) percentUnit(q *query, s *sentence, n quantity, unit int) int {
	if n.kind == qPercent && e.headFit(q, s, n) > 0 {
		return 1
	}
	return unit
}
