package lookup

import (
	"strings"

	"storybot/knowledge"
)

// An -ed participle clause right after the noun it postmodifies (with no
// comma, or with one: below) ("three trips paid for by a lobbying firm", "a bill written by
// two aides"), is a reduced passive relative clause, "trips which were
// paid for by a lobbying firm" (Quirk et al. 1985, §17.29 on the -ed
// clause as postmodifier): the noun before it is the one the act was done
// to, and the agent of its by-phrase is the doer, as in a finite passive.
// A prepositional or phrasal verb keeps its preposition or particle before
// the agent (§3.63, ch. 16 on the passive of multi-word verbs: "paid for
// by", "drawn up by").

// postmodifyingPassiveAt reports whether token i of s is the participle of
// such a clause: a past form after a common noun, or after a name other
// than a person's, ending a prepositional phrase that postmodifies the
// noun ("trips to the Republic of Veldoria paid for by …"; a person's name
// there is the subject of an active verb: "Smith stood by"), not a
// capitalised or quoted word, followed by "by" at once or after one
// preposition or particle, in a sentence with an earlier verb of its own (the clause
// postmodifies a noun of a clause that has its verb: "Hale accepted three
// trips paid for by …"; in "the senator stood by the mayor" the past form
// is the sentence's own verb).
//
// The clause may also be nonrestrictive, set off by a comma ("new
// ticketing software, built by the Columbus firm Tallgrass Systems,"):
// an -ed clause postmodifies its noun restrictively or not alike, the
// comma marking only that it adds to an identified noun (Quirk et al.
// 1985, §17.30 on -ed clauses, §17.3 on nonrestrictive postmodification).
func (e *Engine) postmodifyingPassiveAt(s *sentence, i int) bool {
	if i < 2 || s.toks[i].cap || s.quoted[i] || strings.HasSuffix(s.toks[i].lower, "ing") || !e.pastForm(s.toks[i].lower) {
		return false
	}
	prev := s.toks[i-1]
	if !spaced(s, i-1, i) && !commaOnly(s, i-1, i) || stopWords[prev.lower] || personalPronouns[prev.lower] {
		return false
	}
	if prev.cap && e.personEndsAt(s, i) || !prev.cap && !e.canBe(prev.lower, "noun") {
		return false
	}
	by := i + 1
	if by < len(s.toks) && (prepositions[s.toks[by].lower] || particles[s.toks[by].lower]) && s.toks[by].lower != "by" && spaced(s, by-1, by) {
		by++
	}
	if by >= len(s.toks) || s.toks[by].lower != "by" || !spaced(s, by-1, by) {
		return false
	}
	for k := 0; k < i-1; k++ {
		if !s.toks[k].cap && !s.quoted[k] && e.pastForm(s.toks[k].lower) {
			return true
		}
	}
	return false
}

// personEndsAt reports whether the name of a person the sentence names
// ends right before token i of s.
func (e *Engine) personEndsAt(s *sentence, i int) bool {
	for _, x := range s.named {
		if e.a.Entities[x].Kind != knowledge.Person {
			continue
		}
		for at := 0; at < i; at++ {
			if n := e.formAt(s, x, at); n > 0 && at+n == i {
				return true
			}
		}
	}
	return false
}

// participleEnds reports whether the noun phrase of s in tokens [k, end)
// ends with the participle of a postmodifying -ed clause rather than its
// head ("a lobbying firm tied to …", Quirk et al. 1985, §17.29): a past
// form after another word of the phrase ("tied" as well: pastForm wants
// five letters of a regular one), not a noun, followed by a preposition.
func (e *Engine) participleEnds(s *sentence, k, end int) bool {
	p := end - 1
	return p > k && end < len(s.toks) && prepositions[s.toks[end].lower] && spaced(s, p, end) &&
		!s.toks[p].cap && !strings.HasSuffix(s.toks[p].lower, "ing") && (e.pastForm(s.toks[p].lower) || len(s.toks[p].lower) == 4 && strings.HasSuffix(s.toks[p].lower, "ed")) && !e.canBe(s.toks[p].lower, "noun")
}

// commaOnly reports whether only a comma and spaces stand between tokens a
// and a+1 of s.
func commaOnly(s *sentence, a, b int) bool {
	return b == a+1 && strings.TrimSpace(s.text[s.toks[a].end:s.toks[b].start]) == ","
}
