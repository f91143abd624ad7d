package lookup

import "slices"

// A bare act asked of the story (part of stage 4, who-questions): "who
// won" names nothing but its verb, no object, no person, no time, so it
// takes the act for the one the story is about, as a definite noun phrase
// takes the referent the situation makes unique (Quirk et al., §5.28). A
// news story tells that act in its lead and its headline (the inverted
// pyramid; AP Stylebook, "lead"), so a lead or headline that holds the
// verb answers before a later sentence that holds it of an earlier game
// or a side matter ("Carver had won 14 straight games").

// storyActFirst moves the candidates from the lead sentence and the
// headline to the front of ranked when q is a who-question whose only
// term is the verb it asks, keeping their order otherwise.
func (e *Engine) storyActFirst(q *query, ranked []candidate) []candidate {
	if len(q.terms) != 1 || len(q.subjects) > 0 || len(q.context) > 0 {
		return ranked
	}
	if t, ok := e.askedAct(q); !ok || t.lower != q.terms[0].lower {
		return ranked
	}
	lead := e.leadSentence()
	inStory := func(c candidate) bool {
		s := &e.r.sents[c.s]
		return s == lead || s.part == "title"
	}
	out := slices.Clone(ranked)
	slices.SortStableFunc(out, func(a, b candidate) int {
		switch sa, sb := inStory(a), inStory(b); {
		case sa && !sb:
			return -1
		case sb && !sa:
			return 1
		}
		return 0
	})
	return out
}
