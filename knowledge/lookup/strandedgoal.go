package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// "Which hospital were people taken to" ends in a preposition its
// wh-phrase is the object of (preposition stranding, Quirk et al.,
// §11.14, §9.6): it asks for the object of "to" after "taken". News
// writing names such a goal without the noun of its kind ("were taken to
// Baptist Health Corbin"), so the article need never write "hospital":
// the name it gives after the question's own verb and preposition
// answers, unless the name says it is of another kind (a town, "Corbin
// Arena" for a hospital). A noun may strand its "of" as a verb strands
// its preposition ("which city was she mayor of": "mayor of Eugene"), the
// of-phrase being the noun's complement (Quirk et al., §17.38).

// strandedGoal answers a which-question about a place or a body that
// ends in a verb and a stranded preposition with the name the best
// sentence writes after that verb and preposition.
func (e *Engine) strandedGoal(q *query, noun string) (reply, bool) {
	if !strandedPreposition(q) {
		return reply{}, false
	}
	verb, prep := q.toks[len(q.toks)-2].lower, q.toks[len(q.toks)-1].lower
	if len(q.toks) < 3 || e.noLex || prep == "of" && !e.canBe(verb, "noun") || !e.namedKind(noun) || e.lex.KindOf(singular(noun), "person") {
		return reply{}, false // "which ambassadors did he have conversations with" asks for people, not a place or body
	}
	sub := *q
	sub.terms = restTerms(q, q.focus[0])
	if slices.ContainsFunc(sub.terms, func(t term) bool { return !t.known && !t.weak && len(t.alts) == 0 }) {
		return reply{}, false // "which hospital was the pilot taken to": the article has no pilot
	}
	for _, c := range e.rank(&sub, nil) {
		s := &e.r.sents[c.s]
		if c.subjects < len(q.subjects) || len(sub.terms) > 0 && !e.holds(&sub, c) {
			continue // "which hospital was the pilot taken to" of "a passenger … was flown to"
		}
		if name := e.goalAfter(s, verb, prep, noun); name != "" {
			return reply{found: true, head: name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// goalAfter is the name s writes after a form of verb and prep, with up to
// three words between them ("flown by helicopter to"), or "".
func (e *Engine) goalAfter(s *sentence, verb, prep, noun string) string {
	key := e.verbBase(verb)
	for i, t := range s.toks {
		if t.cap || e.verbBase(t.lower) != key {
			continue
		}
		for k := i + 1; k < len(s.toks) && k <= i+4; k++ {
			if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;:") {
				break
			}
			if s.toks[k].lower == prep {
				return e.goalName(s, k+1, noun)
			}
		}
	}
	return ""
}

// verbBase is a verb form's base, through WordNet's irregular forms
// ("taken", "took" → take), as a stem.
func (e *Engine) verbBase(w string) string {
	if l := e.lex.Lemma(w); l != "" {
		return stemOf(l)
	}
	return stemOf(w)
}

// goalName is the run of capitalised words from token k of s, after an
// optional "the", or "" when it names a place (a town is no hospital) or a
// body of another kind than noun.
func (e *Engine) goalName(s *sentence, k int, noun string) string {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	j := k
	for j < len(s.toks) && s.toks[j].cap && (j == k || s.toks[j-1].end == s.toks[j].start-1) {
		j++
	}
	if j == k {
		return ""
	}
	for x := range e.a.Entities {
		if e.formAt(s, x, k) == 0 {
			continue
		}
		if e.r.ents[x].kind == knowledge.Place && !e.nameHeadIs(x, noun) && !e.lex.KindOf(singular(noun), "location") || e.otherBody(x, noun) {
			return ""
		}
	}
	return s.text[s.toks[k].start:s.toks[j-1].end]
}
