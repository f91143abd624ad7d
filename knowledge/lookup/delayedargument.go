package lookup

import "strconv"

// Which of two described people the delayed identification names: "A
// jury found a 27-year-old man guilty … in the shooting death of a
// bouncer" describes two people, but the story is about the one the
// lead's verb is told of, its subject or object; the other stands as the
// complement of a preposition inside a noun phrase ("the death of a
// bouncer"), a postmodifier of another noun (Quirk et al., A
// Comprehensive Grammar, §17.37-17.38 on prepositional postmodifiers,
// and §10.1ff. on the clause elements). The delayed-identification lead
// names its main actor, the clause's participant, in the next paragraph
// (AP Stylebook, "lead"; Brooks et al., "News Reporting and Writing").

// leadArgument is the one of the indefinite descriptions found (the
// article's and the head's token indexes) that is the only description
// to be no complement of a preposition, or the one description found.
func leadArgument(s *sentence, found [][2]int) ([2]int, bool) {
	if len(found) == 1 {
		return found[0], true
	}
	var args [][2]int
	for _, d := range found {
		if d[0] == 0 || !prepositions[s.toks[d[0]-1].lower] && s.toks[d[0]-1].lower != "in" {
			args = append(args, d)
		}
	}
	if len(args) == 1 {
		return args[0], true
	}
	return [2]int{}, false
}

// ageDisagrees reports whether the description of s from token from to
// head gives an age ("a 27-year-old man") and the article gives person x
// another beside the name ("Marcus Ellery, 34,"): one person has one
// age, so the description is of someone else.
func (e *Engine) ageDisagrees(s *sentence, from, head, x int) bool {
	n := -1
	for k := from; k <= head; k++ {
		if m := yearOld.FindStringSubmatch(s.toks[k].lower); m != nil {
			n, _ = strconv.Atoi(m[1])
		}
	}
	if n < 0 {
		return false
	}
	for i := range e.r.sents {
		t := &e.r.sents[i]
		if !contains(t.named, x) {
			continue
		}
		for _, sp := range e.nameSpans(t, x) {
			if e.insideOtherName(t, x, sp) {
				continue // "Linda Castellano, 61,": a relative's age, not x's (sharedsurname.go)
			}
			if m := appositiveAge.FindStringSubmatch(t.text[sp[1]:]); m != nil && m[1] != strconv.Itoa(n) {
				return true
			}
		}
	}
	return false
}
