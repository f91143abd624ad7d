package lookup

import "strings"

// The unnamed person's appositive (part of stage 4). News copy often
// tells of someone it never names by a definite role noun with an
// indefinite appositive that identifies them the way a name would be
// identified, by age, occupation and hometown: "the pilot, a 58-year-old
// flight instructor from Nampa", "his passenger, a 19-year-old student
// pilot", "The winner's daughter, a nurse in Cedar Rapids" (Quirk et al.
// 1985, §17.65–17.72: a nonrestrictive appositive describes the noun
// before it, and its indefinite article makes it a description, not an
// identification; AP Stylebook, "ages" and "datelines": age and hometown
// go with the person they identify). So the age, the town after "from",
// "of" or "in", and the description itself in that appositive are the
// person's own: "how old was the passenger", "where's the pilot from",
// "who was the passenger", "what does the daughter do". A name would
// stand in the appositive's place ("The mother, 14-year-old Nandi,"
// apposname.go), so an appositive that opens with "a" or "an" names no one.

// unnamedDescribed is one appositive describing an unnamed person: its
// sentence and its token span [from, to).
type unnamedDescribed struct {
	s        *sentence
	from, to int
}

// askedRoleNoun is the noun for a kind of person the question asks about
// with a definite determiner ("the pilot", "his passenger", "the
// winner's daughter"), or "".
func (e *Engine) askedRoleNoun(q *query) string {
	if e.lex == nil {
		return ""
	}
	for i := 1; i < len(q.toks); i++ {
		d, t := q.toks[i-1], q.toks[i]
		if q.nameToks[i] || t.poss || !definiteDeterminer(d) {
			continue
		}
		if e.personNoun(t.lower) {
			return t.lower
		}
	}
	return ""
}

// definiteDeterminer reports whether t makes the noun after it definite:
// "the", a possessive pronoun or a genitive (Quirk et al., §5.26, §5.115).
func definiteDeterminer(t token) bool {
	return t.lower == "the" || possessivePronouns[t.lower] || t.poss
}

// unnamedAppositive finds the first sentence where noun, definite and in
// lower case, is followed by a comma and an appositive opening with "a"
// or "an", running to the next comma, semicolon, colon or dash or to the
// sentence's end.
func (e *Engine) unnamedAppositive(noun string) (unnamedDescribed, bool) {
	if noun == "" {
		return unnamedDescribed{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		for k := 1; k+2 < len(s.toks); k++ {
			t := s.toks[k]
			if t.cap || t.poss || t.lower != noun && singular(t.lower) != noun || !definiteDeterminer(s.toks[k-1]) || s.quoted[k] {
				continue
			}
			if !commaAfter(s, k) || s.toks[k+1].lower != "a" && s.toks[k+1].lower != "an" {
				continue
			}
			j := k + 2
			for j < len(s.toks) && !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—") {
				j++
			}
			if j-(k+1) <= maxAppositive {
				return unnamedDescribed{s: s, from: k + 1, to: j}, true
			}
		}
	}
	return unnamedDescribed{}, false
}

// text is the appositive as the article writes it.
func (d unnamedDescribed) text() string {
	return strings.TrimRight(d.s.text[d.s.toks[d.from].start:d.s.toks[d.to-1].end], ".")
}

// unnamedAge answers "how old was the passenger" with the age in the
// appositive that describes the unnamed passenger.
func (e *Engine) unnamedAge(q *query) (reply, bool) {
	d, ok := e.unnamedAppositive(e.askedRoleNoun(q))
	if !ok {
		return reply{}, false
	}
	for _, n := range d.s.nums {
		if n.kind == qAge && n.tok >= d.from && n.tok < d.to {
			return reply{found: true, head: ageRange(d.s, n) + ".", used: []*sentence{d.s}}, true
		}
	}
	return reply{}, false
}

// unnamedHome answers "where's the pilot from" with the place after
// "from", "of" or "in" in the appositive that describes the unnamed
// pilot: capitalised words, with a state or country after a comma kept
// out as the appositive ends there.
func (e *Engine) unnamedHome(q *query) (reply, bool) {
	if len(q.subjects) > 0 || !homeQuestion.MatchString(strings.ToLower(q.raw)) || q.actFrom() {
		return reply{}, false
	}
	d, ok := e.unnamedAppositive(e.askedRoleNoun(q))
	if !ok {
		return reply{}, false
	}
	for k := d.from; k+1 < d.to; k++ {
		if w := d.s.toks[k].lower; w != "from" && w != "of" && w != "in" || !d.s.toks[k+1].cap {
			continue
		}
		end := k + 1
		for end+1 < d.to && d.s.toks[end+1].cap {
			end++
		}
		ph := d.s.text[d.s.toks[k].start:d.s.toks[end].end]
		return placeReply(ph, d.s), true
	}
	return reply{}, false
}

// unnamedWho answers "who was the passenger", or "what does the daughter
// do", when the question asks nothing but the role noun, with the
// appositive that describes the unnamed holder.
func (e *Engine) unnamedWho(q *query) (reply, bool) {
	noun := e.askedRoleNoun(q)
	if noun == "" || len(q.subjects) > 0 {
		return reply{}, false
	}
	for _, t := range q.terms {
		if t.lower != noun && singular(t.lower) != noun {
			return reply{}, false // "who was the passenger's lawyer": more than the role
		}
	}
	d, ok := e.unnamedAppositive(noun)
	if !ok {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(d.text()) + "; the article does not name them.", used: []*sentence{d.s}}, true
}
