package lookup

import "strings"

// An agent noun in -er or -or names the one who does its verb (Quirk et
// al., "A Comprehensive Grammar of the English Language", appendix on
// agentive suffixes; WordNet's derivational links tie "buyer" to "buy").
// After an indefinite determiner it names no one in particular: "help
// find a buyer for the building" tells that someone is sought to buy it,
// not who will, so the person who does the seeking is no answer to "who
// will buy the building".

// indefiniteDeterminers are the determiners that introduce a noun phrase
// whose referent the text has not identified (closed-class English
// function words: the indefinite article and the indefinite determiners).
var indefiniteDeterminers = set("a", "an", "any", "another", "some", "no")

// indefiniteAgent reports whether token i of toks is an agent noun in -er
// or -or that is not a form of the word of t itself ("an order" for
// "ordered" is the act), after an indefinite determiner: "a buyer" for
// "buy".
func indefiniteAgent(toks []token, i int, t term) bool {
	w := strings.TrimSuffix(toks[i].lower, "s")
	if i == 0 || toks[i].meets(t.stem) || !strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "or") {
		return false
	}
	return indefiniteDeterminers[toks[i-1].lower]
}
