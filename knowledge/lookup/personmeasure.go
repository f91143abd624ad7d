package lookup

import "slices"

// A measure compound premodifying a person noun measures that person
// (part of stage 4, measures). "A 6-foot-4 rancher … pulled a 98-pound
// catfish": a compound adjective of measure describes the noun it
// premodifies (Quirk et al. 1985, §17.97), and a person noun names a
// person, not a thing. So a question asking the measure of a thing ("how
// tall was the catfish"), naming no person, is not answered by the
// person's measure, though "how tall is the forward" is
// (measuresOtherNoun).

// measuresPersonNotThing reports whether person noun t, premodified by
// a measure compound, is not what q asks the measure of: q asks of a
// thing, a noun the article writes that names no person, after a
// determiner (phraseOpeners), and names no person itself.
func (e *Engine) measuresPersonNotThing(q *query, t token) bool {
	if e.hasPersonOf(q.subjects, 0) || slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) {
		return false
	}
	for i := 1; i < len(q.toks); i++ {
		w := q.toks[i].lower
		if phraseOpeners[q.toks[i-1].lower] && !stopWords[w] && e.canBe(singular(w), "noun") && !e.personNoun(singular(w)) && e.r.words[w] {
			return true // "the catfish": a thing's noun phrase the article writes
		}
	}
	return false
}

// phraseOpeners are the words after which a noun opens a noun phrase:
// the articles, demonstratives, possessive and wh-determiners (Quirk et
// al. 1985, §5.11–5.14 on central determiners), and "of" of a partitive
// or a kind ("what kind of plane").
var phraseOpeners = set("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
	"my", "your", "our", "which", "what", "whose", "of")
