package lookup

import "storybot/knowledge"

// The owner named before the noun (part of stage 4, which-questions): news
// writing names a business's plant, store or mill by putting the
// company's name before the noun ("the Prairie Gold Foods plant", "a
// Walmart store"): a proper noun premodifying a noun stands for its
// owner or operator, as a genitive would (Quirk et al. 1985, §17.108 on
// nouns as premodifiers; "the Ford plant" is Ford's plant). "What
// company runs the plant" is answered by that name.

// possessionVerbs are WordNet's verbs of having: {have, has, own,
// possess} (WordNet 3.0, verb "have" sense 1 and its synonyms), as stems.
var possessionVerbs = set("have", "ha", "own", "possess")

// premodifyingOwner answers a question that asks which company owns or runs a
// thing ("what company runs the plant") with the organisation whose name
// the article writes right before that thing's noun, first in the
// article's order.
func (e *Engine) premodifyingOwner(q *query, kind string) (reply, bool) {
	if kind != "organisation" || len(q.focus) == 0 {
		return reply{}, false
	}
	var nouns []term
	verb := false
	for _, t := range q.terms {
		switch {
		case t.matchesStem(q.focus[0]):
		case directingVerbs[t.stem] || possessionVerbs[t.stem]:
			verb = true
		default:
			nouns = append(nouns, t)
		}
	}
	if !verb || len(nouns) != 1 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, x := range s.named {
			if x < len(e.r.ents) && e.r.ents[x].kind == knowledge.Organisation && e.premodifies(s, x, nouns[0]) {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// premodifies reports whether s writes a name of entity x right before
// the noun of term t ("the Prairie Gold Foods plant").
func (e *Engine) premodifies(s *sentence, x int, t term) bool {
	for _, f := range e.r.ents[x].forms {
		for k := range s.toks {
			if end := k + len(f); matchForm(s.toks, k, f) && end < len(s.toks) && !s.toks[end].cap && t.matchesStem(s.toks[end].stem) {
				return true
			}
		}
	}
	return false
}
