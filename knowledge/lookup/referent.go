package lookup

import "storybot/knowledge"

// referent picks what a later part of a question refers back to among
// the entities the part before it named. A singular personal pronoun ("he",
// "she") refers to one person: the first named of its gender, since the
// subject of an English clause usually comes first and a pronoun prefers
// the subject of the clause before (Grosz, Joshi & Weinstein 1995,
// centering). "They", or a part that only set the topic, takes them all.
func (e *Engine) referent(prev []int, toks []token, topic bool) []int {
	g, ok := pronounGender(toks)
	if topic || !ok || g == 0 {
		return prev
	}
	for _, x := range prev {
		ent := e.r.ents[x]
		if ent.kind == knowledge.Person && (ent.gender == 0 || ent.gender == g) {
			return []int{x}
		}
	}
	return prev
}
