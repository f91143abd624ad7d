package lookup

import "storybot/knowledge"

// A when-question that names no one ("when's sentencing") asks about the
// story's main actor (mainActor). An event the article tells of another
// named person as the one it befalls, the subject of a passive verb ("Ames
// is scheduled to be sentenced in June"), is that person's, and answers
// only when nothing else does.

// othersEvent reports whether candidate sentence s tells the matched event
// as befalling a named person other than the story's main actor: a
// matched past participle after a form of "be", with that person named
// before it.
func (e *Engine) othersEvent(s *sentence, matched []int) bool {
	main := e.mainActor()
	if main < 0 {
		return false
	}
	for _, m := range matched {
		if m == 0 || !beForms[s.toks[m-1].lower] {
			continue
		}
		for _, p := range s.named {
			if p != main && e.r.ents[p].kind == knowledge.Person && e.position(s, p) < m {
				return true
			}
		}
	}
	return false
}
