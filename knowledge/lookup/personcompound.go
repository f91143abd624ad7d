package lookup

import "slices"

// A compound modifier of a number and a noun for a person counts people
// (part of stage 4, in unitOf and scoreNumber). AP style joins a number
// and the noun it counts with a hyphen when the two premodify another
// noun, the counted noun in the singular (AP Stylebook, "hyphen":
// compound modifiers; compoundunit.go): "a five-woman crew", "a 12-member
// jury", "a three-judge panel", "a 15-man shift". When that noun names a
// person (WordNet 3.0: its most frequent sense is a kind of person; the
// general noun "person" itself), the compound counts the people who make
// up the group the head noun names (Quirk et al. 1985, §17.104 on
// premodification; §5.108 on collective nouns of persons), so "how many
// people were on the panel" is answered by it as by "three people", and
// "how many women" asks of a word the article writes in "four-woman"
// (reading.go). A
// compound of a thing ("a 48-bed hospital", "a four-star general") counts
// no people. And the group the question names is sized by the compound
// that premodifies that very noun, not by a count of other people in a
// sentence that only mentions the group ("300 people … greeted the
// crew").

// personCompound reports whether n of s is a compound modifier of a
// number and a noun naming a person ("five-woman", "12-member"): a noun
// whose most frequent sense is a person (Narrower), or one used mostly as
// a verb, whose noun senses Narrower does not weigh, that names a person
// in a sense of its own ("judge"); not a noun whose most frequent sense
// is a thing ("star", "hand").
func (e *Engine) personCompound(s *sentence, n quantity) bool {
	if e.noLex || n.kind != qCount || n.end != n.tok+1 {
		return false
	}
	noun := compoundCounted(s.toks[n.tok])
	return noun == "person" || noun != "" && (e.lex.Narrower(noun, "person") || e.lex.KindOf(noun, "person") && !e.lex.Narrower(noun, "entity"))
}

// peopleAsked reports whether q counts people in general ("how many
// people", "how many guys": peopleWords read as people).
func peopleAsked(q *query) bool {
	return q.typ == tCount && slices.ContainsFunc(q.focus, func(f string) bool { return f == "peopl" || f == "person" })
}

// personCompoundUnit is unitOf for a person compound: 1, as for "three
// people", when q counts the plural of the compound's noun ("how many
// women": "four-woman", an irregular plural, irregularPlurals) or counts
// people in the group the compound premodifies (groupNamed); 0 when q
// counts people and names no such group, as the compound counts the
// group's members only, who may be a few of the people asked ("a 15-man
// shift" of a mine that employs 600 people); unit otherwise.
func (e *Engine) personCompoundUnit(q *query, s *sentence, n quantity, unit int) int {
	if unit > 0 || !e.personCompound(s, n) {
		return unit
	}
	plural := stemOf(regularPlural(compoundCounted(s.toks[n.tok])))
	switch {
	case q.typ == tCount && slices.Contains(q.focus, plural), peopleAsked(q) && e.groupNamed(q, s, n),
		e.membersNamed(q, s, n): // "a five-person team of volunteers" (compoundmembers.go)
		return 1
	case peopleAsked(q):
		return 0
	}
	return unit
}

// groupNamed reports whether the noun compound n premodifies is one q
// names ("panel" of "a three-person inspection panel").
func (e *Engine) groupNamed(q *query, s *sentence, n quantity) bool {
	h := e.premodifiedHead(s, n.end, true)
	return h >= 0 && slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(s.toks[h]) })
}

// personCompoundWeight is 6 for a person compound that premodifies the
// group noun q names ("a three-person inspection panel" for "how many
// people were on the inspection panel"): the compound states that
// group's size, which a count of other people beside the group's name
// does not; 0 otherwise.
func (e *Engine) personCompoundWeight(q *query, s *sentence, n quantity) float64 {
	if !peopleAsked(q) || !e.personCompound(s, n) || !e.groupNamed(q, s, n) {
		return 0
	}
	return 6
}
