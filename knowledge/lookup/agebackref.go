package lookup

import (
	"strconv"

	"storybot/knowledge"
)

// Stage 1, reading: an age given only in a second reference.
//
// A wire story names a person in one sentence and often opens the next
// with a definite description of the same person that carries the age
// instead of the name: "Daniel Kiprop has been banned for four years …
// The 29-year-old Kenyan was tested out of competition" (AP Stylebook,
// "ages": an age may be given as a compound adjective before a noun; the
// definite article marks a referent already in the text, Quirk et al.
// 1985, §5.27, anaphoric "the"). When the sentence before names one
// person and only that one, the description, opening its sentence with
// no name of its own and an age no other person has, refers to that
// person.

// ageBackReferences ties each sentence-opening "The N-year-old NOUN", NOUN
// a word for a person or a capitalised word of a nationality's form
// (demonymLike: "the 29-year-old Kenyan"), to the one person the sentence before names.
func (e *Engine) ageBackReferences() {
	for i := 1; i < len(e.r.sents); i++ {
		s := &e.r.sents[i]
		if len(s.toks) < 3 || s.toks[0].lower != "the" || len(e.ofKind(s.named, knowledge.Person)) > 0 {
			continue
		}
		m := yearOld.FindStringSubmatch(s.toks[1].lower)
		if m == nil {
			continue
		}
		if noun := s.toks[2]; !(noun.cap && demonymLike(noun.lower)) && !e.personNoun(noun.lower) {
			continue // "The 84-year-old bridge": a thing's age
		}
		n, _ := strconv.Atoi(m[1])
		before := e.ofKind(e.r.sents[i-1].named, knowledge.Person)
		if len(before) != 1 || len(e.byAge[n]) > 0 {
			continue
		}
		x := before[0]
		e.byAge[n] = []int{x}
		s.refs = append(s.refs, x)
		e.noteDescription(i, 1, x)
	}
}
