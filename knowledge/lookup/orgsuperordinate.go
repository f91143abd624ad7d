package lookup

import "storybot/knowledge"

// "The group" on second reference (part of reading). News writing names
// an organisation in full once and then calls it by a broader noun: the
// American Civil Liberties Union becomes "the group", a trade
// association "the organization" ("…, said Ana Ruiz, the group's policy
// director"). A definite noun phrase whose noun is a superordinate of the
// antecedent's refers back to it (Halliday and Hasan, "Cohesion in
// English", 1976, §6.1, reiteration by a superordinate or general word),
// and it refers to the nearest antecedent it fits (§2.4). So "the N", N
// in lower case, ties to the organisation named last before it, in its
// paragraph or the one before, when WordNet files the head noun of that
// organisation's name (orgHead: "union", "association") under N, and N
// itself names a group of people: "group" or "organization" (WordNet's
// {group, grouping} and {organization, organisation}, the hypernyms of
// every organisation) or a kind of organisation. "The state" after
// "the Union" is no reiteration: "state" is no kind of organisation.

// resolveOrgSuperordinates ties "the N" to the nearest organisation, as
// above.
func (e *Engine) resolveOrgSuperordinates() {
	if e.noLex {
		return
	}
	last, lastPara := -1, -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue
		}
		if last >= 0 && s.para-lastPara <= 1 && !contains(s.named, last) && !contains(s.refs, last) {
			for k := 1; k < len(s.toks); k++ {
				if e.superordinateAt(s, k, last) {
					s.refs = append(s.refs, last)
					break
				}
			}
		}
		for _, x := range s.named {
			if e.a.Entities[x].Kind == knowledge.Organisation && orgHead(e.a.Entities[x].Name) != "" {
				last, lastPara = x, s.para
			}
		}
	}
}

// superordinateAt reports whether "the N" at token k of s calls
// organisation o by a superordinate of its name's head noun.
func (e *Engine) superordinateAt(s *sentence, k, o int) bool {
	t := s.toks[k]
	if t.cap || s.toks[k-1].lower != "the" {
		return false
	}
	return e.superordinateOf(t.lower, o)
}

// superordinateOf reports whether noun w is a broader noun for
// organisation o than its name's head: a group noun WordNet files o's
// head under.
func (e *Engine) superordinateOf(w string, o int) bool {
	h := orgHead(e.a.Entities[o].Name)
	if h == "" || w == h || stopWords[w] {
		return false
	}
	if w != "group" && w != "organization" && w != "organisation" && !e.lex.KindOf(w, "organization") {
		return false
	}
	return e.lex.KindOf(h, w)
}

// namesBySuperordinate reports whether a description toks, given in
// sentence s, calls organisation o "the N" for a superordinate N of its
// name, which s's reading ties to o ("the group's policy director").
func (e *Engine) namesBySuperordinate(toks []token, s *sentence, o int) bool {
	if e.noLex || s == nil || !contains(s.refs, o) {
		return false
	}
	for k := 1; k < len(toks); k++ {
		if !toks[k].cap && toks[k-1].lower == "the" && e.superordinateOf(toks[k].lower, o) {
			return true
		}
	}
	return false
}
