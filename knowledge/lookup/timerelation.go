package lookup

import "slices"

// A question may place its act against an event ("what happened after
// the park closed"): "before", "during" and "after" an event are
// exclusive places in time (Quirk et al. 1985, §9.40–9.43, prepositions
// of time).

// eventRelations are the prepositions that place an act against an event.
var eventRelations = set("before", "after", "during", "since", "until")

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
// for the prepositions).

// anchorMarkers are the words that place an event against another
// (Quirk et al. 1985, §15.25 subordinators of time: after, before, once,
// since, until, when, while; §9.40–9.46 prepositions of time: during,
// following, within, by, prior to, ahead of).
var anchorMarkers = set("before", "after", "during", "since", "until", "till", "once", "when", "whenever", "while", "as", "following", "within", "by", "prior", "ahead", "amid", "upon")

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

// placesAgainst reports whether s names noun within four words after one
// of anchorMarkers.
func placesAgainst(s *sentence, noun string) bool {
	for i, t := range s.toks {
		if !anchorMarkers[t.lower] {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
			if s.toks[j].stem == noun {
				return true
			}
		}
	}
	return false
}
