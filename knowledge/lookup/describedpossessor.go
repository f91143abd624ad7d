package lookup

import "storybot/knowledge"

// A described possessor (part of stage 4, who). In "the governor's
// spokesman" the genitive is a determiner of the head, and it describes
// not the spokesman but the one whose spokesman he is (Quirk et al. 1985,
// §5.115-5.116 on the genitive as determiner, §5.123 the relation it
// names): the article introduces him as "her spokesman, Kwame Asante",
// which names the governor, not the word "governor". So the possessor is
// fitted to the person the holder's description names, as the holder's
// own words fit the head.

// possessorOfHolder reports whether question token k, a possessive
// modifier of a description ("governor" of "the governor's spokesman"),
// describes a person whom x's description names: another person whose
// introduction holds the word.
func (e *Engine) possessorOfHolder(toks []token, k, x int) bool {
	if !toks[k].poss {
		return false
	}
	tm := e.meaning(toks, k)
	own := e.describedBy(x)
	for y, ent := range e.a.Entities {
		if y != x && ent.Kind == knowledge.Person && e.introHolds(e.introduction(y), tm, true) && e.namesAll(own, []int{y}) {
			return true
		}
	}
	return false
}
