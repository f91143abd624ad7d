package lookup

import "slices"

// A list of counted kinds counts the class above them: "Three puppies
// and a cat were found dead" tells how many animals died, each conjunct
// naming its own set (segregatory coordination, Quirk et al. 1985,
// §13.60) and each set one of animals. kindcount.go sums such a list once
// a count of it is chosen; a count whose noun is not the asked one's
// nearest kind (a puppy is a young dog, and a dog is an animal only far
// up WordNet's hierarchy) is chosen only as a member of such a list, the
// list itself standing for the broader class asked (Cruse 1986, Lexical
// Semantics, §6.1: a hypernym's referents are its hyponyms' together).
// The indefinite article is the count "one" of a singular count noun
// (Quirk et al. 1985, §5.52), so "and a cat" ends such a list.

// listsKindOf reports whether n counts a kind of the noun q counts and is
// coordinated with another count of such a kind ("three puppies and a
// cat" for "how many animals").
func (e *Engine) listsKindOf(q *query, s *sentence, n quantity) bool {
	asked, _ := e.countedKind(q)
	if asked == "" || !e.countsKind(n, asked) {
		return false
	}
	chain := []quantity{n}
	for _, dir := range []int{-1, 1} {
		if _, ok := e.kindBeside(s, chain, dir, asked); ok {
			return true
		}
	}
	return false
}

// singleKindAfter is the count one written "a" or "an" before a singular
// noun of a kind of asked that follows the chain's last count after
// "and" ("three puppies and a cat"), or false.
func (e *Engine) singleKindAfter(s *sentence, chain []quantity, asked string) (quantity, bool) {
	k := chain[len(chain)-1].end
	if k+2 >= len(s.toks) {
		return quantity{}, false
	}
	if s.toks[k].lower != "and" || !slices.Contains([]string{"a", "an"}, s.toks[k+1].lower) {
		return quantity{}, false
	}
	w := s.toks[k+2].lower
	if singular(w) != w || w == asked || !e.lex.KindOf(w, asked) {
		return quantity{}, false
	}
	return quantity{kind: qCount, value: 1, text: "a " + w, tok: k + 1, end: k + 3, unit: s.toks[k+2].stem, noun: w}, true
}
