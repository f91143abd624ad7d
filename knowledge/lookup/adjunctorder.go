package lookup

import "strings"

// The order of adjuncts (part of stage 4). After its verb a clause sets
// its adjuncts in the order process, space, time (Quirk et al., §8.89:
// "in white and gray at Home Depot, Walmart and other stores nationwide,
// and online at Amazon, from September 2022"), so a time that ends a
// chain of manner and place phrases after the asked verb, with no verb of
// its own between, still dates that verb, however many commas the chain
// of places holds.

// adjunctChain reports whether the text of s between byte offsets from and
// to is a chain of prepositional phrases and the noun phrases a
// coordination adds to them: it opens with a preposition (of process
// too, agentchain.go) and holds no
// word that could head another clause (an auxiliary, a form of "be", a
// verb of saying, a past or -ing form, a subordinator or relative word),
// and no semicolon, colon or dash, which part clauses.
func (e *Engine) adjunctChain(s *sentence, from, to int) bool {
	gap := s.text[from:to]
	if strings.ContainsAny(gap, ";:—") {
		return false
	}
	var words []token
	for _, t := range s.toks {
		if t.start >= from && t.end <= to {
			words = append(words, t)
		}
	}
	if len(words) == 0 || len(words) > 20 || !opensAdjunct(words[0].lower) && !opensGoal(words) {
		return false
	}
	for _, t := range words {
		if !t.cap && e.clauseWord(t.lower) {
			return false
		}
	}
	return true
}

// clauseWord reports whether w can be the verb of a clause, or open one.
func (e *Engine) clauseWord(w string) bool {
	if auxiliaries[w] || beForms[w] || modalAux[w] || speechVerbs[w] || subordinators[w] ||
		relativeWords[w] || w == "who" || w == "where" {
		return true
	}
	if len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return true
	}
	if e.noLex {
		return false
	}
	b := e.lex.Lemma(w)
	return b != "" && b != w && e.canBe(b, "verb") // "made", "found", "sold"
}

// chainPrepositions open a manner or place adjunct (Quirk et al., §9.15
// on prepositions of place; §9.64 on "in" and "with" of manner).
var chainPrepositions = set("at", "in", "on", "across", "near", "inside", "outside",
	"throughout", "around", "along", "via", "with", "under", "over")

// opensGoal reports whether words open with a preposition of direction
// and a noun phrase ("to Toledo", "from the farm": Quirk et al. 1985,
// §9.15 on "to" of destination and "from" of source), which is a place
// adjunct like the others of the chain; "to" before a verb is the
// infinitive's marker instead, so a name or a determiner must follow.
func opensGoal(words []token) bool {
	if len(words) < 2 || !goalPrepositions[words[0].lower] && words[0].lower != "from" {
		return false
	}
	next := words[1]
	return next.cap || determiners[next.lower] || possessiveDeterminers[next.lower]
}
