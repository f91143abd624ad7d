package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A group agent is identified by the person who leads it (part of stage
// 4, who-questions). News writing names a team, crew or panel by its
// leader in a past-participle postmodifier, "led by" or "headed by" and a
// name ("by a team at the University of Iowa led by geologist Ann Roe",
// "by statisticians at Boston University, led by Miriam Cho"): the -ed
// clause is part of the noun phrase it postmodifies, restrictive or, after
// a comma, non-restrictive (Quirk et al. 1985, §17.29–17.31 on -ed
// participle clauses as postmodifiers), and the name in it is the one
// specific person the reader is told did the work, where the class noun
// ("a team", "statisticians") is only generic. So the agent answered runs
// on to the leader's name, and the answer's first sentence names them.

// leaderVerbs are the participles that tie a group to the person at its
// head ("led by", "headed by"; WordNet's verb "lead", sense "be in
// charge of", and its synonym "head").
var leaderVerbs = set("led", "headed")

// leaderEnd is the index after the name of the person a "led by" or
// "headed by" postmodifier right after token end-1 of s names, with at
// most a comma before the participle and a title noun before the name;
// end when there is none.
func (e *Engine) leaderEnd(s *sentence, end int) int {
	if end < 1 || end+2 >= len(s.toks) || !leaderVerbs[s.toks[end].lower] || s.toks[end+1].lower != "by" || !spaced(s, end, end+1) {
		return end
	}
	if gap := strings.TrimSpace(s.text[s.toks[end-1].end:s.toks[end].start]); gap != "" && gap != "," {
		return end
	}
	to := e.nameRunEnd(s, end+2, nounPhraseEnd(s, end+2))
	x, at := e.lastEntityIn(s, end+2, to)
	if x < 0 || e.a.Entities[x].Kind != knowledge.Person || at+e.formAt(s, x, at) != to {
		return end
	}
	return to
}
