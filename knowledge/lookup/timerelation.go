package lookup

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
	rel, noun := "", ""
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
	if rel == "" {
		return false
	}
	for i, t := range s.toks {
		if !eventRelations[t.lower] {
			continue
		}
		for j := i + 1; j < len(s.toks) && j <= i+4; j++ {
			if s.toks[j].stem == noun {
				return t.lower != rel
			}
		}
	}
	return false
}
