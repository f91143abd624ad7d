package lookup

import "storybot/knowledge"

// A surname two people share (part of stage 1, roles): a couple or a
// family in the news is named in full on first reference ("Dr. Leonard
// Voss, 78, and his wife, Marian Voss,") and the surname alone may be a
// short form of either (AP Stylebook, "names": on second reference use
// the last name; for a couple, the first names tell them apart). Where
// the surname stands inside the other one's full name, it is that one's
// name: the words before it ("Dr. Leonard") describe no one.

// insideOtherName reports whether the byte span sp of s, where x is
// named, lies inside a longer naming of another person.
func (e *Engine) insideOtherName(s *sentence, x int, sp [2]int) bool {
	for _, y := range s.named {
		if y == x || e.a.Entities[y].Kind != knowledge.Person {
			continue
		}
		for _, o := range e.nameSpans(s, y) {
			if o[0] < sp[0] && o[1] >= sp[1] {
				return true
			}
		}
	}
	return false
}

// surnameOfOther reports whether the one-word naming of person x at token
// i of s (n words) stands inside another person's longer name there.
func (e *Engine) surnameOfOther(s *sentence, x, i, n int) bool {
	if n != 1 || i == 0 || e.a.Entities[x].Kind != knowledge.Person || !isUpper(s.toks[i-1].text[0]) {
		return false
	}
	return e.insideOtherName(s, x, [2]int{s.toks[i].start, s.toks[i].end})
}

// ownNameSpans are the nameSpans of x in s that lie inside no other
// person's longer name: what follows "Marcus Allen Pruitt, 43, of
// Kettering" is said of Marcus, not of his brother Darnell Pruitt.
func (e *Engine) ownNameSpans(s *sentence, x int) [][2]int {
	var out [][2]int
	for _, sp := range e.nameSpans(s, x) {
		if !e.insideOtherName(s, x, sp) {
			out = append(out, sp)
		}
	}
	return out
}
