package lookup

import "storybot/knowledge"

// The people an adjective head names, identified (part of stage 4,
// who-questions): "The dead were identified Monday as Harold Genske and
// his wife" tells who died. An adjective after "the" heads a noun phrase
// naming the class of people the state befell ("the dead", "the
// injured", "the wounded"; Quirk et al., §7.23), and news writing names
// them by a copular or identifying clause ("were identified as …",
// "were …", "included …"; AP Stylebook, "identification"). "Dead" is
// the state the verb "die" brings about (WordNet 3.0: "die", "pass from
// physical life"; lifestate.go), a participle head ("the injured") that
// of its own verb; so the people the clause names answer "who died",
// "who was injured".

// identifyingVerbs are the verbs that name the members of a class in
// their complement after the adjective head: identification and listing
// (WordNet 3.0 identify.v.01 "recognize as being", name.v.02, list.v.01,
// include.v.01).
var identifyingVerbs = set("identified", "named", "listed", "included", "include", "includes")

// adjectiveHeadNamed answers a who-question whose verb the article tells
// only through an adjective head ("the dead", "the injured") with the
// people named by the clause it is subject of.
func (e *Engine) adjectiveHeadNamed(q *query) (reply, bool) {
	t, ok := e.askedAct(q)
	if !ok {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k+2 < len(s.toks); k++ {
			if s.toks[k-1].lower != "the" || s.toks[k].cap || quotedAt(s, k) || !e.headOfAsked(t, s.toks[k]) {
				continue
			}
			j, ok := e.identifiedAfter(s, k+1)
			if !ok {
				j, ok = e.identifiedObject(s, k) // "identified the dead man as …" (identifiedobject.go)
			}
			if ok {
				var names []string
				for _, x := range e.identifiedList(s, j) {
					names = append(names, e.a.Entities[x].Name)
				}
				return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// headOfAsked reports whether tok, an adjective head, names the ones the
// asked act befell: "dead" for "die", or the act's own participle in -ed
// ("the injured" for "who was injured", or a synonym's: "who got hurt").
func (e *Engine) headOfAsked(t term, tok token) bool {
	if lifeStates[tok.lower] {
		return e.baseVerb(t.lower) == "die"
	}
	return len(tok.lower) > 3 && tok.lower[len(tok.lower)-2:] == "ed" && t.matches(tok)
}

// identifiedAfter is the token where the clause whose verb starts at
// token k of s names its first person, when that verb is a form of "be" followed by
// the name or by an identifying verb whose "as" (or, for "include", the
// object) comes right before the name; false otherwise.
func (e *Engine) identifiedAfter(s *sentence, k int) (int, bool) {
	j := k
	if beForms[s.toks[j].lower] {
		j++
	}
	if j == k && !identifyingVerbs[s.toks[j].lower] {
		return 0, false // "the injured man": a premodifier, not a head
	}
	if j < len(s.toks) && identifyingVerbs[s.toks[j].lower] {
		for j < len(s.toks) && s.toks[j].lower != "as" && (!s.toks[j].cap || inSpans(s.times, s.toks[j].start)) && j-k < 5 {
			j++ // "were identified (Monday) as"
		}
		if j < len(s.toks) && s.toks[j].lower == "as" {
			j++
		}
	}
	if _, n := e.longestPersonAt(s, j); n > 0 {
		return j, true
	}
	return 0, false
}

// identifiedList is the people named in s from token j on in one
// identifying list: AP style gives each with an age and a relation in
// apposition ("Harold Genske, 81, and his wife, Loretta Genske, 78"), so
// between two names stand only an age, "and", a possessive determiner
// and a noun naming a kind of person (Quirk et al., §13.60, §17.65 on
// coordinated appositions). Each name is read at its longest form, so a
// shared surname is the later person's.
func (e *Engine) identifiedList(s *sentence, j int) []int {
	var out []int
	gap := j
	for i := j; i < len(s.toks); {
		x, n := e.longestPersonAt(s, i)
		if n == 0 {
			i++
			continue
		}
		if len(out) > 0 && !e.listGap(s, gap, i) {
			break
		}
		if !contains(out, x) {
			out = append(out, x)
		}
		i += n
		gap = i
	}
	return out
}

// longestPersonAt is the person whose name form starting at token i of s
// is longest, with its length in tokens; 0 when none starts there.
func (e *Engine) longestPersonAt(s *sentence, i int) (int, int) {
	best, bestN := -1, 0
	for _, x := range s.named {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		if n := e.formAt(s, x, i); n > bestN {
			best, bestN = x, n
		}
	}
	return best, bestN
}

// listGap reports whether tokens [from, to) of s hold only what stands
// between two names of one identifying list, "and" among them.
func (e *Engine) listGap(s *sentence, from, to int) bool {
	if from > to {
		return false // overlapping mentions: one name read twice
	}
	and := false
	for _, t := range s.toks[from:to] {
		switch {
		case t.lower == "and":
			and = true
		case isNumeric(t) || possessiveDeterminers[t.lower] || !t.cap && e.personNoun(singular(t.lower)):
		default:
			return false
		}
	}
	return and
}

// namedSetOrUnsaid answers a who-question from an adjective head's
// identifying clause (adjectiveHeadNamed), or, when there is none and no
// sentence names the act, refuses it; done is false when neither holds.
func (e *Engine) namedSetOrUnsaid(q *query) (r reply, ok, done bool) {
	if r, ok := e.adjectiveHeadNamed(q); ok {
		return r, true, true
	}
	return reply{}, false, e.actUnsaid(q)
}
