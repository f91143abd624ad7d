package lookup

import "storybot/knowledge"

// "Where" of a position in an order (part of stage 2, the answer type).
// "Where did Rotich finish" and "where is she ranked" ask a place in a
// result or a ranking, which the article gives as an ordinal or "No."
// and a figure after the verb ("finished second", "ranked 143rd"), not
// a place on a map: "where" extends from space to a position on a scale
// (Quirk et al. 1985, §7.52, on "where" and "wherever" of abstract
// position). The verbs are WordNet 3.0's for holding or reaching a
// place in an order, by synset and gloss: {rank} "take or have a position
// relative to others"; {place, come in, come out} "take a place in a
// competition; often followed by an ordinal"; {finish, end up, wind up,
// …} "finally be or do something" (the sense of "finished second");
// {seed} "distribute (players or teams) so that outstanding teams or
// players will not meet in the early rounds". So such a question is read as
// a what-question of the verb's complement (objectHead), or answered
// with its sentence when the complement is no clean phrase.

// positionVerbs are the base forms of those verbs.
var positionVerbs = set("rank", "finish", "place", "seed")

// competitorAsked reports whether q names a person or an organisation
// (not an event's name), who can hold a place in an order: "where did
// the marathon finish" asks where the course ends.
func (e *Engine) competitorAsked(q *query) bool {
	for _, x := range q.subjects {
		if k := e.r.ents[x].kind; k == knowledge.Person || k == knowledge.Organisation && !knowledge.IsEventName(e.a.Entities[x].Name) {
			return true
		}
	}
	return false
}

// positionAsked reports whether q, a where-question, asks the position
// its verb of ranking or finishing gives: the verb is the question's
// last word or is followed only by a preposition's phrase ("where did
// she finish in the 200"), as a noun phrase after it would be the
// thing placed ("where did he place the bag").
func (e *Engine) positionAsked(q *query) bool {
	if q.typ != tPlace || len(q.toks) == 0 || q.toks[0].lower != "where" || !e.competitorAsked(q) {
		return false
	}
	for i, t := range q.toks {
		if !positionVerbs[e.baseVerb(t.lower)] || i == 0 || !e.canBe(t.lower, "verb") {
			continue
		}
		if i+1 == len(q.toks) || prepositions[q.toks[i+1].lower] || t.lower != "place" && t.lower != "placed" && q.toks[i+1].lower != "it" {
			return true
		}
	}
	return false
}
