package lookup

import "strings"

// What a figure is the amount of, at the edges of a noun phrase (part of
// stage 4, with amounthead.go).
//
// A quasi-coordinator ends a premodified noun phrase: "plus" and "minus"
// join two noun phrases as "and" does (Quirk et al. 1985, ch. 13 on
// quasi-coordinators; Merriam-Webster, "plus", preposition and
// conjunction), so in "a $75 fine plus towing costs" the sum premodifies
// "fine", and WordNet's rare noun senses of the words ("a plus") make
// neither a head of the phrase before it.
//
// A gerund heads the subject of "cost": in "how much does towing cost"
// the -ing form is a verbal noun (Quirk et al., §17.54 on the -ing form
// as head of a noun phrase; §15.10 on -ing clauses as subject), the
// thing whose price is asked, though WordNet lists no noun "towing". It
// is read as the head only when it stands alone before the verb, so "how
// much is the museum offering" keeps its progressive (progressiveAfter).

// A gerund's clause may itself be the subject of "cost" ("clearing snow
// from the pond costs $300"), where the noun before the verb is the
// clause's object, not the thing priced; so a gerund asked meets another
// thing's sum only where the sum premodifies that thing ("a $75 fine").

// quasiCoordinators are the words that link two noun phrases as "and"
// does and are listed by WordNet as nouns too (Quirk et al., ch. 13).
var quasiCoordinators = set("plus", "minus")

// gerundHead reports whether question token k, in the span before end
// (the verb "cost" or "worth"), is an -ing form that is the span's last
// word, standing for the noun phrase whose price is asked.
func gerundHead(toks []token, k, end int) bool {
	return k == end-1 && len(toks[k].lower) > 5 && strings.HasSuffix(toks[k].lower, "ing")
}

// gerundUnplaced reports whether asked, the thing whose price is asked,
// is a gerund WordNet lists as no noun, and h, the head money figure n
// of s is the amount of, is not the noun n premodifies: then n's head
// cannot tell it from the thing asked.
func (e *Engine) gerundUnplaced(asked string, s *sentence, n quantity, h int) bool {
	return strings.HasSuffix(asked, "ing") && !e.isNoun(token{lower: asked}) && e.premodifiedNoun(s, n) != h
}
