package lookup

import "storybot/knowledge"

// A news lead often tells who underwent the act by role before it names
// them ("A convenience store clerk was shot …"), and names them in a later
// sentence that repeats the role ("The clerk, identified as Harold
// Benning, …"; the delayed identification of AP style, AP Stylebook,
// "lead"). Asked "who got shot", the reader is owed the name the role
// leads to, or, when the article names no one so, the description.

// describedPatient is the person the noun phrase before the passive verb
// at m of s describes by a role noun that the article gives one person
// alone, or that the article has already tied to a person (the
// delayed identification, delayedlead.go, or an age, agerefs.go), with the
// phrase itself ("A convenience store clerk"); x is -1 when no one is
// called so. False when the phrase's head names no kind
// of person (WordNet) or is a name.
func (e *Engine) describedPatient(s *sentence, m int) (x int, np string, ok bool) {
	k := beforePassiveOperators(s, m)
	if k < 0 || k == m-1 || e.noLex {
		return -1, "", false
	}
	k = relativeSubjectSkipped(s, k) // "A 47-year-old hiker who went missing in … canyon country was found"
	n := s.toks[k]
	if n.cap || n.poss || stopWords[n.lower] || quotedAt(s, k) || !e.isPersonNoun(singular(n.lower)) {
		return -1, "", false
	}
	j := k
	for j > 0 && spaced(s, j-1, j+1) && !s.toks[j-1].poss && premodifier(s.toks[j-1].lower) && !e.namedAt(s, j-1) {
		j--
		if determiners[s.toks[j].lower] {
			break
		}
	}
	if x, ok := e.descRefs[[2]int{e.indexOf(s), k}]; ok {
		return x, s.text[s.toks[j].start:n.end], true // "A 27-year-old man was arrested", named in the next paragraph (delayedlead.go)
	}
	return e.soleRoleHolder(n.lower), s.text[s.toks[j].start:n.end], true
}

// soleRoleHolder is the one person the article gives a present role
// headed by noun ("the clerk"), or -1 when it gives it to none or to
// more than one.
func (e *Engine) soleRoleHolder(noun string) int {
	found := -1
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			if !r.past && lastWord(r.text) == noun {
				if found >= 0 && found != x {
					return -1
				}
				found = x
			}
		}
	}
	return found
}

// describedPatientReply answers a passive who-question from s when the
// one s tells as undergoing act t is described, not named: with the name
// the description leads to, citing where the article gives it, or with
// the description.
func (e *Engine) describedPatientReply(q *query, s *sentence, t term) (reply, bool) {
	for _, m := range termAt(s, t) {
		p, ok := e.passiveSite(s, m)
		if !ok || byPhraseAfter(s, m) {
			continue
		}
		x, np, ok := e.describedPatient(s, p)
		switch {
		case !ok || contains(q.subjects, x):
			continue
		case x >= 0:
			return reply{found: true, head: e.a.Entities[x].Name + ".", used: e.withNaming([]*sentence{s}, x)}, true
		}
		return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// relativeSubjectSkipped is the token before a restrictive relative
// clause that the subject pronoun "who" opens and that ends at token k,
// right before its head's verb ("A 47-year-old hiker who went missing in
// southern Utah's canyon country was found"): the clause postmodifies
// the head before "who" (Quirk et al. 1985, §17.8-17.13), so that head
// is the verb's subject; k itself when no "who" stands within ten words
// with no comma between.
func relativeSubjectSkipped(s *sentence, k int) int {
	for j := k; j > 0 && j >= k-10; j-- {
		if commaBetween(s, j, j+1) && j < k {
			return k
		}
		if s.toks[j].lower == "who" && j < k {
			return j - 1
		}
	}
	return k
}
