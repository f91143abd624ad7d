package lookup

import "storybot/knowledge"

// An agent told by a class noun is identified by the institution a
// prepositional postmodifier names (part of stage 4, who-questions): "by
// a team at the University of Iowa", "by researchers at Nationwide
// Children's Hospital", "by experts from the British Museum". The
// prepositional phrase is part of the noun phrase it postmodifies (Quirk
// et al. 1985, §17.37–17.39), and in news writing it is what tells the
// reader whose team or researchers they were, so the agent answered runs
// to the end of the institution's name, not to the class noun alone
// ("A team."). The phrase ends with the name when the clause's own verb
// follows it, as when the agent's noun phrase is the subject of a
// nominalisation's clause ("The rescue … by a crew from the … Fire
// Department ended …"). Only a phrase whose noun phrase ends with an
// organisation's name is taken: "by deputies at a trailhead" is an
// adjunct of place, not the agent's identity.

// institutionPrepositions open the postmodifier that names the
// institution a person belongs to ("a team at …", "officers from …",
// "researchers with …", "a member of …").
var institutionPrepositions = set("at", "from", "with", "of")

// institutionEnd is the index after the organisation's name that a
// prepositional phrase at token end of s names right after the agent's
// class noun, or end when there is none.
func (e *Engine) institutionEnd(s *sentence, end int) int {
	if end+1 >= len(s.toks) || !institutionPrepositions[s.toks[end].lower] || !spaced(s, end-1, end+1) {
		return end
	}
	to := e.nameRunEnd(s, end+1, nounPhraseEnd(s, end+1))
	x, at := e.lastEntityIn(s, end+1, to)
	if x < 0 || e.a.Entities[x].Kind != knowledge.Organisation {
		return end
	}
	named := at + e.formAt(s, x, at)
	for k := named; k < to; k++ {
		if w := s.toks[k].lower; s.toks[k].cap || !e.canBe(w, "verb") || e.canBe(w, "noun") {
			return end
		}
	}
	return named // "a crew from the … Fire Department ended": the clause's verb is no part of the name
}
