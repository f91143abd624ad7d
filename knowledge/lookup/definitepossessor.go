package lookup

import (
	"slices"

	"storybot/knowledge"
)

// Definite possessor (part of stage 4, workplaces): news writing also
// names a person's employer on second reference in the genitive before
// the title, by a definite noun phrase taken from the organisation's
// name: "The health district's director, Dr. Anita Marquez" after
// "Snake River District Health", "the department's spokesman" after "the
// Employment Security Department" (AP Stylebook, "titles"; Quirk et al.
// 1985, §5.115). A definite noun phrase refers to the nearest antecedent
// it fits (Halliday and Hasan, "Cohesion in English", 1976, §2.4), and a
// phrase of two or more of the name's own words fits only that name, as
// far back as it was given; one noun refers, as "the department" does in
// definiteemployer.go, to an organisation named in its paragraph or the
// one before whose head it repeats or falls under.

// definitePossessor is the organisation a description opening with "the"
// and lower-case nouns in the genitive ("The health district's
// director") refers to, or "".
func (e *Engine) definitePossessor(r role) string {
	toks := tokenize(r.text)
	if len(toks) < 3 || toks[0].lower != "the" || r.s == nil {
		return ""
	}
	n := 1
	for n < len(toks) && !toks[n].cap && !toks[n].poss {
		n++
	}
	if n >= len(toks)-1 || toks[n].cap || !toks[n].poss {
		return ""
	}
	words := toks[1 : n+1]
	if len(words) == 1 {
		if o := e.headAntecedent(r.s, words[0].lower); o >= 0 {
			return e.a.Entities[o].Name
		}
		return ""
	}
	if o := e.nameWordsAntecedent(r.s, words); o >= 0 {
		return e.a.Entities[o].Name
	}
	return ""
}

// nameWordsAntecedent is the organisation named last, in sentence s or
// before it, whose name holds every one of words; -1 when none.
func (e *Engine) nameWordsAntecedent(s *sentence, words []token) int {
	for j := e.indexOf(s); j >= 0; j-- {
		named := e.r.sents[j].named
		for k := len(named) - 1; k >= 0; k-- {
			o := named[k]
			if e.a.Entities[o].Kind != knowledge.Organisation {
				continue
			}
			name := tokenize(e.a.Entities[o].Name)
			if !slices.ContainsFunc(words, func(w token) bool {
				return !slices.ContainsFunc(name, func(t token) bool { return t.lower == w.lower })
			}) {
				return o
			}
		}
	}
	return -1
}
