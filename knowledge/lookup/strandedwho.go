package lookup

import "strings"

// A who-question that strands its preposition ("who did they borrow the
// money from", "who did she move with") asks for the object of that
// preposition after the question's own verb (preposition stranding,
// Quirk et al. 1985, §11.14), not for the verb's subject. News writing
// names that object by a name or by a noun phrase of people ("borrowed
// from relatives"), which answers as it stands.

// strandedWho answers such a question from the best sentences holding
// it: the person or body named, or the noun phrase of people, after a
// form of the question's verb and its preposition, with no comma and at
// most seven words between ("came to Lorain from Greece in 1969 with his
// brother").
func (e *Engine) strandedWho(q *query) (reply, bool) {
	n := len(q.toks)
	if n < 4 || e.noLex || !strandedPersonPreps[q.toks[n-1].lower] {
		return reply{}, false
	}
	prep, verb := q.toks[n-1].lower, ""
	for k := n - 2; k >= 2 && verb == ""; k-- {
		if w := q.toks[k].lower; !q.nameToks[k] && (!stopWords[w] || lightVerbs[w]) && e.verbForm(w) {
			verb = w // "who did pappas come to lorain with": come
		}
	}
	if verb == "" {
		return reply{}, false // "who is it for": no verb of its own
	}
	key := e.verbBase(verb)
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for i, t := range s.toks {
			if t.cap || e.verbBase(t.lower) != key {
				continue
			}
			for k := i + 1; k+1 < len(s.toks) && k <= i+8; k++ {
				if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;:") {
					break
				}
				if s.toks[k].lower == prep {
					if head, ok := e.personObjectAt(s, k+1); ok {
						return reply{found: true, head: head, used: []*sentence{s}}, true
					}
					break
				}
			}
		}
	}
	return reply{}, false
}

// strandedPersonPreps are the prepositions whose object a who-question
// strands: source, company, goal and beneficiary (Quirk et al. 1985,
// §9.15, §9.50-9.59).
var strandedPersonPreps = set("from", "with", "to", "for")

// personObjectAt is the object of a preposition starting at token k of
// s: a person or body named there, or a noun phrase whose head noun names
// a kind of person ("relatives", "her husband"), with the name an
// appositive gives it ("his wife, Anna"), as the answer's head; the name
// of the one person the article gives that role, where there is one
// ("the Russian ambassador": Sergey Kislyak).
func (e *Engine) personObjectAt(s *sentence, k int) (string, bool) {
	if x, at := e.lastEntityIn(s, k, nounPhraseEnd(s, k)); x >= 0 && at == k && e.actorOrNone(x) >= 0 {
		return e.a.Entities[x].Name + ".", true
	}
	end := nounPhraseEnd(s, k)
	head := k
	for head < end && !prepositions[s.toks[head].lower] && (head == k || spaced(s, head-1, head)) {
		head++ // "cousins in Chicago": the head is before its postmodifier
	}
	if head <= k || s.toks[head-1].cap || !e.isPersonNoun(singular(s.toks[head-1].lower)) {
		return "", false
	}
	np := s.text[s.toks[k].start:s.toks[max(end, head)-1].end]
	if holders, _ := e.askedHolders(e.understand("who is "+strings.ToLower(np), nil), true); len(holders) == 1 {
		return e.a.Entities[holders[0]].Name + ".", true // "met with the Russian ambassador": the one the article gives that role, Sergey Kislyak
	}
	if m := nameAfterNoun.FindStringSubmatch(s.text[s.toks[end-1].end:]); m != nil {
		np += ", " + m[1] // "with his wife, Anna,": the appositive names her
	}
	return capitalise(np) + ".", true
}
