package lookup

import (
	"storybot/knowledge"
)

// A delayed-identification lead that describes two people (part of stage
// 1, reading). A crime story's lead often withholds two names at once:
// "Police arrested a 34-year-old man suspected of driving the truck that
// struck and killed a hospital nurse". The story then names each in turn
// (AP Stylebook, "lead"; Brooks et al., "News Reporting and Writing", on
// the delayed identification), the suspect in the next paragraph and the
// victim where it tells of her, and it tells which name goes with which
// description by giving the named person the description's own class
// noun: in apposition ("Ana Ruiz, a nurse at …") or as the complement of
// a copula ("Ana Ruiz, 52, was a registered nurse"), the two forms in
// which English classifies a person just named (Quirk et al. 1985,
// §17.65 on apposition, §10.8 and §16.20 on the subject complement). A
// description whose class noun the body gives one person is that
// person's; when that leaves one description, it is the person the
// sentence after the lead names first (namedNext), or names in apposition
// to a definite noun for it (identifiedNext), as for a lead with one
// description.

// classedAfterName matches what may stand between a name and the
// indefinite article of the noun phrase that classifies the person: an
// appositive age, then a comma (apposition) or "is" or "was" (a copula).
var classedAfterName = lazyRE(`^(?:,\s*\d{1,3})?(?:\s*,\s*|\s*,?\s+(?:is|was)\s+)$`)

// resolveTwoDescribed ties each of the two or more indefinite descriptions
// of a person in the lead to the person the story then names with it, and
// reports whether it tied any.
func (e *Engine) resolveTwoDescribed(lead int) bool {
	s := &e.r.sents[lead]
	found := e.indefinitePersons(s)
	if len(found) < 2 {
		return false
	}
	tied := make([]int, len(found))
	taken := map[int]int{} // a person → how many descriptions the body classes them by
	for n, d := range found {
		tied[n] = e.classedInBody(lead, singular(s.toks[d[1]].lower))
		if tied[n] >= 0 {
			taken[tied[n]]++
		}
	}
	left := -1
	for n := range found {
		if tied[n] >= 0 && taken[tied[n]] > 1 {
			tied[n] = -1 // two descriptions of one person: which is not known
		}
		if tied[n] < 0 {
			if left >= 0 {
				return e.tieDescribed(lead, found, tied) // more than one left to name
			}
			left = n
		}
	}
	if left >= 0 {
		x := e.namedNext(lead)
		if x < 0 {
			x = e.identifiedNext(lead, found[left][1]) // "The driver, identified as …" (identifiedas.go)
		}
		if x >= 0 && taken[x] == 0 {
			tied[left] = x
		}
	}
	return e.tieDescribed(lead, found, tied)
}

// tieDescribed records that each description found[n] of the lead refers
// to person tied[n] (none when -1, or when the ages disagree), and
// reports whether it recorded any.
func (e *Engine) tieDescribed(lead int, found [][2]int, tied []int) bool {
	s := &e.r.sents[lead]
	did := false
	for n, d := range found {
		x, from, head := tied[n], d[0]+1, d[1]
		if x < 0 || e.ageDisagrees(s, from, head, x) {
			continue
		}
		if !contains(s.refs, x) {
			s.refs = append(s.refs, x)
		}
		for k := from; k <= head; k++ {
			e.noteDescription(lead, k, x)
		}
		e.addLeadRole(lead, from, head, x)
		did = true
	}
	return did
}

// classedInBody is the one person that a sentence in the three paragraphs
// after the lead names and then classes with the noun n, in apposition or
// after a copula ("Ana Ruiz, 52, was a registered nurse"); -1 when no
// person or more than one is.
func (e *Engine) classedInBody(lead int, n string) int {
	who := -1
	for i := lead + 1; i < len(e.r.sents) && e.r.sents[i].para <= e.r.sents[lead].para+3; i++ {
		s := &e.r.sents[i]
		if !e.sentenceNamesPerson(s) {
			continue
		}
		for j, t := range s.toks {
			if t.cap || singular(t.lower) != n {
				continue
			}
			x := e.classedAt(s, j)
			if x >= 0 && who >= 0 && x != who {
				return -1
			}
			if x >= 0 {
				who = x
			}
		}
	}
	return who
}

// classedAt is the person whose name comes right before the indefinite
// noun phrase headed at token j of s, with only an appositive age and a
// comma or a copula between; -1 when none is.
func (e *Engine) classedAt(s *sentence, j int) int {
	art := -1
	for k := j - 1; k >= 0 && k >= j-4; k-- {
		if s.toks[k].lower == "a" || s.toks[k].lower == "an" {
			art = k
			break
		}
		if stopWords[s.toks[k].lower] || s.toks[k].cap || punctuatedBetween(s.text, s.toks, k+1) {
			return -1
		}
	}
	if art < 0 || punctuatedBetween(s.text, s.toks, art+1) {
		return -1
	}
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if sp[1] <= s.toks[art].start && classedAfterName.MatchString(s.text[sp[1]:s.toks[art].start]) {
				return x
			}
		}
	}
	return -1
}
