package lookup

import "slices"

// The noun a measure compound measures (part of the dimension questions):
// a hyphenated measure ("120-foot", "40-foot") premodifies a whole noun
// phrase, and English puts that phrase's head last, with adjectives and
// noun modifiers between ("a 120-foot concrete grain elevator", "a 40-foot
// steel wall"; Quirk et al. 1985, §17.97 on compound adjectives of
// measure, §17.101 on the order of premodifiers). The measure describes
// the head, so a question asking "how tall was the elevator" is answered
// by it though the word right after the compound is "concrete" or
// "grain"; measuresOtherNoun used to look at that first word alone.

// measuredHeadAsked reports whether the head noun of the phrase measure
// compound n premodifies in s is a word q asks about.
func (e *Engine) measuredHeadAsked(q *query, s *sentence, n quantity) bool {
	h := e.premodifiedHead(s, n.end, true)
	if h <= n.end {
		return false // no head past the first word: that word is read already
	}
	return slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(s.toks[h]) })
}
