package lookup

// The described object of an active verb (part of stage 4, who underwent
// the act). A passive who-question ("who was killed") asks for the one the
// act was done to, whom a lead tells as well by the object of an active
// verb or participle ("… rolled over, killing one woman and injuring nine
// other people"). The lead describes and a later sentence names, through
// a definite description that refers back to it (Quirk et al. 1985,
// §5.28, anaphoric "the"; the delayed identification of AP style, AP
// Stylebook, "lead"): in apposition ("The woman, Loretta Simms, …"), as
// identified ("identified the woman as …"), or as the complement of the
// copula ("The woman who died was Loretta Simms"). One person described
// is answered by that name; more, or none named, by the description.

// describedObjectPatient answers a passive who-question from s when s
// tells the act t with an active verb whose object describes a person
// and names no one.
func (e *Engine) describedObjectPatient(s *sentence, t term) (reply, bool) {
	if e.noLex {
		return reply{}, false
	}
	for _, m := range termAt(s, t) {
		if passiveAt(s.toks, m) || m+1 >= len(s.toks) || !spaced(s, m, m+1) || m > 0 && determiners[s.toks[m-1].lower] {
			continue // "the injured members": a participle premodifying its noun, no verb and object
		}
		end := nounPhraseEnd(s, m+1)
		if end <= m+1 {
			continue
		}
		h := end - 1
		head := s.toks[h]
		if x, _ := e.lastEntityIn(s, m+1, end); x >= 0 || head.cap || head.poss || !e.isPersonNoun(singular(head.lower)) {
			continue
		}
		np := s.text[s.toks[m+1].start:head.end]
		if singular(head.lower) == head.lower {
			if x, at := e.identifiedLater(s, h); x >= 0 {
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s, at}}, true
			}
		}
		return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// identifiedLater is the person a sentence after l names as the one a
// definite description refers back to l's person noun at token head by
// (refersBackTo), and that sentence; -1 when none does.
func (e *Engine) identifiedLater(l *sentence, head int) (int, *sentence) {
	from := e.indexOf(l) + 1
	for i := from; i < len(e.r.sents); i++ {
		s := &e.r.sents[i]
		if s.part != "" || !e.sentenceNamesPerson(s) {
			continue
		}
		for _, h := range e.definitePersonHeads(s) {
			if singular(s.toks[h].lower) != s.toks[h].lower || !e.refersBackTo(l, head, s.toks[h].lower) {
				continue
			}
			if x := e.appositiveNameAfter(s, h); x >= 0 && e.formAt(s, x, h+1) > 0 {
				return x, s // "The woman, Loretta Simms, …"
			}
			if x := e.identifiedAsName(s, h); x >= 0 {
				return x, s // "Police identified the woman as …"
			}
			if x := e.equatedName(s, h); x >= 0 {
				return x, s // "The woman who died was Loretta Simms"
			}
		}
	}
	return -1, nil
}

// equatedName is the person named right after the copula whose subject
// is the definite description headed at token h of s, past a relative
// clause and with no comma before the copula ("The woman who died was
// Loretta Simms"); -1 otherwise.
func (e *Engine) equatedName(s *sentence, h int) int {
	for k := h + 1; k+1 < len(s.toks) && k <= h+6; k++ {
		if commaBetween(s, k-1, k) {
			return -1
		}
		if w := s.toks[k].lower; w != "was" && w != "is" {
			continue
		}
		if x := e.personNamedAt(s, k+1); x >= 0 {
			return x
		}
		return -1
	}
	return -1
}
