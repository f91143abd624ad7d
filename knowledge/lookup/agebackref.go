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
// The description is the subject, which may follow a fronted adverbial
// set off by a comma ("On Friday, the 84-year-old crossing guard did it";
// Quirk et al. 1985, §8.19 on initial adjuncts), and its noun may be the
// head of a compound whose modifier is no person ("crossing guard").
func (e *Engine) ageBackReferences() {
	for i := 1; i < len(e.r.sents); i++ {
		s := &e.r.sents[i]
		at := describedSubjectAt(s)
		if at < 0 || len(s.toks) < at+3 || e.personNamedBy(s, at+5) {
			continue
		}
		m := yearOld.FindStringSubmatch(s.toks[at+1].lower)
		if m == nil {
			continue
		}
		if !e.describesPerson(s, at+2) {
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
		e.noteDescription(i, at+1, x)
	}
}

// personNamedBy reports whether s names a person at a token before end:
// in the description or an appositive right after it ("The 29-year-old,
// Anna Berg,"). A person named only further on stands in the predicate
// ("… and hand the keys to his daughter, Anneliese Brenneke"), which the
// subject does not refer to (Quirk et al. 1985, §6.18 on the personal
// pronouns, whose antecedents are not found within their own clause's
// predicate when they are its subject; the same holds of a definite
// description).
func (e *Engine) personNamedBy(s *sentence, end int) bool {
	for _, x := range e.ofKind(s.named, knowledge.Person) {
		for i := 0; i < end && i < len(s.toks); i++ {
			if e.formAt(s, x, i) > 0 {
				return true
			}
		}
	}
	return false
}

// describedSubjectAt is the token of the "the" that opens s's subject:
// the first, or the one right after a comma that closes a fronted
// adverbial of at most four words; -1 when neither is "the".
func describedSubjectAt(s *sentence) int {
	if len(s.toks) > 0 && s.toks[0].lower == "the" {
		return 0
	}
	for j := 1; j < len(s.toks) && j <= 4; j++ {
		if punctuatedBetween(s.text, s.toks, j) {
			if s.toks[j].lower == "the" {
				return j
			}
			return -1
		}
	}
	return -1
}

// describesPerson reports whether the noun at k, or the head right after
// it when k is a lower-case modifier ("crossing guard"), is a word for a
// person or a capitalised nationality.
func (e *Engine) describesPerson(s *sentence, k int) bool {
	noun := s.toks[k]
	if noun.cap && demonymLike(noun.lower) || e.personNoun(noun.lower) {
		return true
	}
	return !noun.cap && k+1 < len(s.toks) && !punctuatedBetween(s.text, s.toks, k+1) && !s.toks[k+1].cap && e.personNoun(s.toks[k+1].lower)
}
