package lookup

// The sum "how much does she make" asks (part of stage 2). In "how much
// do nurses make", "much" is the pronoun object of "make" (the auxiliary
// follows it straight on, so no noun is quantified) and "make" has no
// other object: that is the verb's sense "earn", whose object is a sum
// of money (WordNet 3.0 lists "make" in the synset "earn, gain, take in,
// clear, make, realize, pull in, bring in"; amountverb.go reads its
// meaning). The question so asks a sum of money, as "how much does she
// earn" does, and a count in the article ("train 20,000 more nurses") is
// no answer to it.

// earningsAsked reports whether q is "how much AUX … make", with nothing
// after the form of "make" but function words and the time words of a
// rate ("a year", "per hour").
func earningsAsked(q *query) bool {
	toks := q.toks
	for i := 1; i+1 < len(toks); i++ {
		if toks[i-1].lower != "how" || toks[i].lower != "much" {
			continue
		}
		if !auxiliaries[toks[i+1].lower] {
			return false // "how much food did they make": a quantity of food
		}
		for k := i + 2; k < len(toks); k++ {
			if makeForms[toks[k].lower] {
				return onlyRateWordsAfter(toks[k+1:])
			}
		}
	}
	return false
}

// makeForms are the inflected forms of "make".
var makeForms = set("make", "makes", "made", "making")

// onlyRateWordsAfter reports whether toks hold nothing but function
// words, chat words and the time words of a rate: no object of a verb.
func onlyRateWordsAfter(toks []token) bool {
	for _, a := range toks {
		if !stopWords[a.lower] && !chatWords[a.lower] && measureUnits[a.lower] != "time" && a.lower != "per" {
			return false
		}
	}
	return true
}
