package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Alternatives that are bare names ("who gets sentenced first, Voigt or
// Kessler"): each name stands for a whole clause whose predicate the
// question states once. Coordination lets English say the shared part a
// single time (Quirk et al., ch. 13, coordination and ellipsis), so each
// alternative is read with the question's predicate.

// sharedPredicate is the question's own wording before its alternatives,
// less the interrogative and the comparative that sets the choice: "gets
// sentenced" of "who gets sentenced first, voigt or kessler".
func sharedPredicate(q *query) string {
	m := choiceRe.FindStringSubmatch(strings.TrimSpace(strings.ToLower(q.raw)))
	if m == nil {
		return ""
	}
	var keep []string
	for _, w := range strings.Fields(m[1]) {
		if whWords[w] || w == q.compare {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// withPredicate reads a bare-name alternative with the question's
// predicate; any other alternative stays as it is.
func (e *Engine) withPredicate(q *query, o string, oq *query) *query {
	if len(oq.subjects) == 0 || len(oq.terms) > 0 {
		return oq
	}
	pred := sharedPredicate(q)
	if pred == "" {
		return oq
	}
	wq := e.understand(o+" "+pred, nil)
	wq.typ = tPassage
	if len(wq.terms) == 0 {
		return oq
	}
	return wq
}

// mainActor is the person the story is about: the one named in the most
// paragraphs (the first named of those tied), or -1 when it names none. A
// news story keeps its subject before the reader paragraph after
// paragraph, and tells of that subject's doings without always naming
// them ("The judge set sentencing for Feb. 24").
func (e *Engine) mainActor() int {
	best, most := -1, 0
	for x, ent := range e.a.Entities {
		if ent.Kind == knowledge.Person && len(ent.Paragraphs) > most {
			best, most = x, len(ent.Paragraphs)
		}
	}
	return best
}

// actorsOccasion finds, for an alternative that is the story's main actor
// and that no sentence names together with what is asked, the best dated
// sentence that holds what is asked and names none of the other
// alternatives: the event told without saying whose it is is the main
// actor's.
func (e *Engine) actorsOccasion(opts []option, i int, dated func(*sentence) bool) (*sentence, []int, bool) {
	o := opts[i]
	if len(o.q.subjects) != 1 || o.q.subjects[0] != e.mainActor() || len(o.q.terms) == 0 {
		return nil, nil, false
	}
	bare := *o.q
	bare.subjects = nil
	keep := func(s *sentence) bool {
		for j, other := range opts {
			for _, x := range other.q.subjects {
				if j != i && contains(s.named, x) {
					return false
				}
			}
		}
		return dated(s)
	}
	c, ok := e.best(&bare, keep)
	if !ok {
		return nil, nil, false
	}
	return &e.r.sents[c.s], c.matched, true
}
