package lookup

import (
	"slices"
)

// The thing priced (part of stage 4, a sum as an answer): in "how much
// will the recall cost" the subject of "cost" is the thing whose price
// the answer gives, and the sum is the verb's complement (Quirk et al.
// 1985 on the middle verbs "cost", "weigh" and "measure", whose
// complement gives a measure).
// A sum in a sentence that names neither that thing nor a pronoun that
// may take it up is the price of something else ("The heaters were sold
// for $49 to $79" is no cost of the recall).

// costSubject is a question "how much does/will/did X cost" or "what
// does/will/did X cost": its last group is the head of X. "What" stands
// for the measure complement of "cost" as "how much" does (Quirk et al.
// 1985, §6.39 and §10.23: the measure complement questioned by "what"
// or "how much"; "what will the repairs cost" asks what "how much will
// the repairs cost" asks).
var costSubject = lazyRE(`^(?:how much|what) (?:will|would|does|do|did|is|was|could|should|might)\s+(?:the\s+|this\s+|that\s+|a\s+|an\s+|its\s+|their\s+)?(?:\S+\s+)*?(\S+)\s+cost\b`)

// takeUpPronouns may take up a thing named before: the third-person
// pronouns and their possessives, the demonstratives and the substitute
// "one" ("may request one … but must pay its estimated cost": Quirk et
// al. 1985 on personal and demonstrative pronouns and on substitute
// "one").
var takeUpPronouns = set("it", "its", "they", "them", "their", "this", "that", "these", "those", "one")

// pricedThingMissing reports whether q asks what a thing costs (or what
// was paid for it) and s
// names neither the thing (by a term of q) nor a pronoun. A thing the
// article never writes is named by none of its sentences, and a word
// known only through a weak WordNet link ("way" for "parking", "price"
// for "tolls") names another thing in another sense: only the word
// itself names the thing then. Nor does a word of cost name it ("tolls"
// for "cost" in WordNet): the question's own verb prices the thing.
func pricedThingMissing(q *query, s *sentence) bool {
	head := pricedHead(q.raw) // "what will the recall cost", "how much did he pay for the ticket" (paidfor.go)
	if head == "" {
		return false
	}
	i := slices.IndexFunc(q.terms, func(t term) bool { return t.lower == head })
	if i < 0 {
		return false
	}
	t := q.terms[i]
	if !t.known {
		return true // a thing the article never writes is priced in none of its sentences
	}
	return !slices.ContainsFunc(s.toks, func(k token) bool {
		return t.sameWord(k) || !t.weak && !costWords[k.lower] && t.matches(k) || takeUpPronouns[k.lower]
	})
}
