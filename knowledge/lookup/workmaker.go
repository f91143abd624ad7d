package lookup

import "slices"

// The maker of a work (part of stage 4, who-questions). A noun of a work
// takes its maker in a by-phrase right after it: "a report by the
// Colorado Transit Council", "A survey by Gallup", "a portrait by Georgia
// O'Keeffe" (Quirk et al. 1985, ch. 17 on prepositional postmodifiers). A
// question asking who made the work by a verb of making (WordNet's
// verb.creation: "who wrote the report", "who did the survey", "who
// painted the portrait") is answered by that phrase, though the article
// never writes the verb. Other verbs ("who praised the portrait") ask
// someone else.

// workMaker answers "who <made> <the work>" from the by-phrase after the
// work's noun in the best sentence that has one.
func (e *Engine) workMaker(q *query) (reply, bool) {
	work, ok := e.askedWork(q)
	if !ok {
		return reply{}, false
	}
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		for i := 1; i+2 < len(s.toks); i++ {
			if !work.matches(s.toks[i]) || s.toks[i].cap || quotedAt(s, i) {
				continue
			}
			by := e.makerBy(s, i)
			if by < 0 {
				continue
			}
			if !determiners[s.toks[i-1].lower] && !(i > 1 && determiners[s.toks[i-2].lower]) {
				continue // "was painted by": a verb, the passive's business
			}
			if x := e.entityStartingAt(s, by+1); x >= 0 {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
			}
			if agent, ok := e.agentAt(s, by+1); ok {
				return reply{found: true, head: agent, used: []*sentence{s}}, true
			}
			if name := capitalisedName(s, by+1); name != "" {
				return reply{found: true, head: name + ".", used: []*sentence{s}}, true // "A survey by Gallup": a name the entity reader did not keep
			}
		}
	}
	return reply{}, false
}

// makerBy is the token of the "by" that gives the maker of the work
// whose noun is token i of s: right after it ("a survey by Gallup"), or
// after a past participle of a verb of making or doing (WordNet's
// verb.creation, with its particle: "carried out", "conducted",
// "prepared"), set off by a comma or not; -1 when there is none.
func (e *Engine) makerBy(s *sentence, i int) int {
	if s.toks[i+1].lower == "by" && spaced(s, i, i+1) {
		return i + 1
	}
	v := i + 1
	if e.noLex || s.toks[v].cap || !e.pastVerbForm(s.toks[v].lower) {
		return -1
	}
	verb, by := e.verbLemma(s.toks[v].lower), v+1
	if by < len(s.toks) && s.toks[by].lower != "by" && particles[s.toks[by].lower] && spaced(s, v, by) {
		verb, by = verb+" "+s.toks[by].lower, by+1 // "carried out"
	}
	if by >= len(s.toks) || s.toks[by].lower != "by" || !spaced(s, v, by) || !e.lex.Creates(verb) {
		return -1
	}
	return by
}

// askedWork is the head noun of the object of q's verb when that verb,
// the first after "who" ("did" too, when a determiner follows it: "who did
// the survey"), is a verb of making.
func (e *Engine) askedWork(q *query) (term, bool) {
	at := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "who" || t.lower == "whos" })
	if e.noLex || at < 0 || at+2 >= len(q.toks) {
		return term{}, false
	}
	v := at + 1
	for v+1 < len(q.toks) && auxiliaries[q.toks[v].lower] && !determiners[q.toks[v+1].lower] {
		v++ // "who has written the report"
	}
	if !e.lex.Creates(q.toks[v].lower) || !determiners[q.toks[v+1].lower] && !possessiveDeterminers[q.toks[v+1].lower] {
		return term{}, false
	}
	var head term
	found := false
	for _, tok := range q.toks[v+2:] {
		if prepositions[tok.lower] || tok.lower == "of" {
			break // "who wrote the report on buses": the work is the report
		}
		for _, t := range q.terms {
			if t.lower == tok.lower && t.known {
				head, found = t, true
			}
		}
	}
	return head, found
}

// entityStartingAt is the entity whose longest form in s starts at token k
// (past a "the"), or -1.
func (e *Engine) entityStartingAt(s *sentence, k int) int {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	best, longest := -1, 0
	for _, x := range s.named {
		if n := e.formAt(s, x, k); n > longest {
			best, longest = x, n
		}
	}
	return best
}

// capitalisedName is the text of the run of capitalised words of s from token
// k (past a "the"), or "".
func capitalisedName(s *sentence, k int) string {
	if k < len(s.toks) && s.toks[k].lower == "the" {
		k++
	}
	end := k
	for end < len(s.toks) && s.toks[end].cap && (end == k || spaced(s, end-1, end)) {
		end++
	}
	if end == k {
		return ""
	}
	return s.text[s.toks[k].start:s.toks[end-1].end]
}

// whoMadeOrSaid answers "who wrote the report" with the report's maker
// (workMaker), and any other who-said question as whoSaid does: "wrote"
// is a verb of saying as well as of making.
func (e *Engine) whoMadeOrSaid(q *query) (reply, bool) {
	if r, ok := e.workMaker(q); ok {
		return r, true
	}
	return e.whoSaid(q)
}
