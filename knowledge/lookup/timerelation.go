package lookup

import "slices"

// A yes/no question may place the act against an event ("did he meet her
// before the campaign"). A sentence that places the act against the same
// event by another relation ("met with her during the campaign") does not
// say yes: "before", "during" and "after" an event are exclusive places
// in time (Quirk et al. 1985, §9.40–9.43, prepositions of time).

// eventRelations are the prepositions that place an act against an event.
var eventRelations = set("before", "after", "during", "since", "until")

// otherRelation reports whether s places the act against the event the
// question's "before/after/during … NOUN" names by a different relation:
// the question's noun follows, within three words, another of
// eventRelations in s, and not the question's own.
func otherRelation(q *query, s *sentence) bool {
	rel, noun := askedAnchor(q)
	if rel == "" {
		return false
	}
	for i, t := range s.toks {
		if !eventRelations[t.lower] {
			continue
		}
		placed := t.lower
		if inComparisonStandard(s, i) {
			placed = standardConverse[placed] // the standard's time: the compared state holds on the other side of it
		}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
			if s.toks[j].stem == noun {
				return placed != rel
			}
		}
	}
	return false
}

// standardConverse is the relation of a compared state to an event when
// the standard of comparison is dated by the other: a figure "compared
// with 3,500 before the accident" is the one after it.
var standardConverse = map[string]string{"before": "after", "after": "before"}

// standardMarkers open the standard of a comparison: "compared with",
// "than", "up/down from" (Quirk et al. 1985, §15.63–15.68 on the basis
// of comparison).
var standardMarkers = set("compared", "than", "from")

// inComparisonStandard reports whether token i of s stands in the
// standard of a comparison, within six words after one of
// standardMarkers: "fell to 2,100, compared with roughly 3,500 riders
// before the accident" dates the standard, not the fall, which it
// places after the accident.
func inComparisonStandard(s *sentence, i int) bool {
	for j := max(0, i-6); j < i; j++ {
		if standardMarkers[s.toks[j].lower] {
			return true
		}
	}
	return false
}

// askedAnchor is the relation ("before", "after", …) and the stem of the
// head of the event a question places its act against: the first content
// word within three words after the last of eventRelations.
func askedAnchor(q *query) (rel, noun string) {
	for i, t := range q.toks {
		if eventRelations[t.lower] {
			for j := i + 1; j < len(q.toks) && j <= i+3; j++ {
				if w := q.toks[j].lower; !determiners[w] && !q.toks[j].poss && !stopWords[w] {
					rel, noun = t.lower, q.toks[j].stem
					break
				}
			}
		}
	}
	return rel, noun
}

// A clause or phrase of time locates the main clause's event relative to
// the anchor event it names (Quirk et al. 1985, §15.25–15.27; §9.40–9.43
// for the prepositions). A yes to "did the state approve the money after
// construction began" needs a sentence that places the act against that
// anchor: "The state approved the money in May, and construction began in
// June" tells both events, each with its own time, but not "after"; and
// "ordered all cars inspected the same night" does not name the anchor
// at all. Such a sentence states the act, not its place in time, and
// gives no yes (a denial still says no: what never happened did not
// happen after anything).

// anchorMarkers are the words that place an event against another
// (Quirk et al. 1985, §15.25 subordinators of time: after, before, once,
// since, until, when, while; §9.40–9.46 prepositions of time: during,
// following, within, by, prior to, ahead of).
var anchorMarkers = set("before", "after", "during", "since", "until", "till", "once", "when", "whenever", "while", "as", "following", "within", "by", "prior", "ahead", "amid", "upon")

// unplacedAnchor reports whether s, the sentence a yes would rest on,
// leaves the act unplaced against the anchor the question names: s holds
// the anchor's head nowhere after a word of anchorMarkers (within four
// words), though the question's relation is one of eventRelations.
func unplacedAnchor(q *query, s *sentence) bool {
	rel, noun := askedAnchor(q)
	if rel == "" || noun == "" || timeRe.MatchString(noun) {
		return false // no anchor, or "before 2023": a time, not an event
	}
	return !placesAgainst(s, noun)
}

// anchoredPassage is, for "what happened after the park closed", a
// sentence that places its event after the anchor ("Two weeks after the
// park closed, the council voted …") rather than c, one that tells the
// anchor itself as its own event ("The park closed in March after
// inspectors found cracks"), which answers what came before it. Only a
// subsequent anchor ("after", "since") is weighed so: a sentence that
// tells the anchor with its cause answers "what happened before" well.
func (e *Engine) anchoredPassage(q *query, c candidate, keep func(*sentence) bool) candidate {
	rel, noun := askedAnchor(q)
	if rel != "after" && rel != "since" || q.typ == tYesNo {
		return c
	}
	s := &e.r.sents[c.s]
	if placesAgainst(s, noun) || !slices.ContainsFunc(s.toks, func(t token) bool { return t.stem == noun }) {
		return c
	}
	placed, ok := e.best(q, func(o *sentence) bool { return (keep == nil || keep(o)) && placesAgainst(o, noun) })
	if !ok {
		return c
	}
	return placed
}
