package lookup

import "strings"

// A participle after a number is no counted noun (part of stage 1,
// numbers). "Returned with a flock of 23 seen near Wauconda": "seen" is a
// reduced relative clause postmodifying the number's elided head ("23
// [that were] seen"; Quirk et al. 1985, §17.27 on -ed clauses as
// postmodifiers), not what the number counts. The reading takes the
// first content word after a number as its unit; a participle that takes
// an adjunct is a clause's verb, so such a number counts what its
// sentence's noun phrase does, as "a flock of about 60" counts the cranes.

// dropVerbUnits clears the unit of every number that gives a collective
// noun's size ("a flock of 23") whose unit word, right after it, is a
// past participle with a prepositional phrase after it, as a clause's
// verb takes its adjuncts ("seen near Wauconda"); a participle alone may
// head the phrase ("12 injured", §7.23).
func (e *Engine) dropVerbUnits() {
	if e.noLex {
		return
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := range s.nums {
			n := &s.nums[k]
			if n.noun == "" || n.end != n.tok+2 || n.end > len(s.toks) || s.toks[n.tok+1].lower != n.noun {
				continue
			}
			if w := n.noun; e.pastParticipleForm(w) && n.end < len(s.toks) && clausePreposition(s.toks[n.end].lower) && e.afterCollective(s, *n) {
				n.unit, n.noun, n.mods, n.end = "", "", nil, n.tok+1
				n.text = s.text[s.toks[n.tok].start:s.toks[n.tok].end]
			}
		}
	}
}

// clausePreposition reports whether w is a simple preposition (Quirk et
// al., §9.7: prepositions, and the place and time prepositions it lists
// besides).
func clausePreposition(w string) bool {
	return prepositions[w] || placeTimePrepositions[w]
}

var placeTimePrepositions = set("in", "near", "during", "since", "across", "along", "around", "inside", "outside", "through", "throughout")

// pastParticipleForm reports whether w is a regular past form in -ed or
// an irregular past form of a verb that is no noun in its own right
// (irregularVerbForm, amounthead.go), and no plural noun ("men",
// "teeth": irregularpluralnoun.go).
func (e *Engine) pastParticipleForm(w string) bool {
	if strings.HasSuffix(w, "ed") {
		return true
	}
	return !plural(w) && !strings.HasSuffix(w, "men") && !e.irregularPluralNoun(w) && e.irregularVerbForm(w)
}

// afterCollective reports whether n stands after "of" and a collective
// noun of people or animals (WordNet 3.0's "social group" and "animal
// group"), whose size it gives.
func (e *Engine) afterCollective(s *sentence, n quantity) bool {
	return e.afterGroupNoun(s, n, "social_group") || e.afterGroupNoun(s, n, "animal_group")
}
