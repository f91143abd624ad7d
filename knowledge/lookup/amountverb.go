package lookup

import "slices"

// The light verb of "how much does he make" (part of stage 2): asked of a
// sum with no object of its own, a light verb's object is the amount the
// wh-phrase asks for, and the verb means what it means with a sum of
// money: "make" is "earn" (WordNet 3.0 lists "make" in the synset of
// "earn": "earn, gain, take in, clear, make, realize, pull in, bring
// in"). A light verb otherwise takes its meaning from its object
// (Jespersen, MEG VI) and weighs next to nothing; here it has none, so
// it is read as the article's verb whose synonyms hold it.

// amountVerb reads question word i, a light verb of a "how much"
// question with nothing after it but function words and the time words
// of a rate ("a year", "per month"), as the article's verb that has it
// for a synonym. ok is false otherwise, or when no verb of the article
// lists it.
func (e *Engine) amountVerb(q *query, i int) (term, bool) {
	t := q.toks[i]
	if e.noLex || q.typ != tAmount || !lightVerbs[t.lower] || !asksHowMuch(q.toks) {
		return term{}, false
	}
	if !onlyRateWordsAfter(q.toks[i+1:]) {
		return term{}, false // "how much did they make the payment": an object
	}
	if tm, ok := e.receivedTerm(t); ok {
		return tm, true // "how much is each grandchild getting": what each is given (moneytransfer.go)
	}
	if tm, ok := e.earnedTerm(t); ok {
		return tm, true // "how much will the city make": what it earns, "bring in" (moneytransfer.go)
	}
	base := e.baseVerb(t.lower)
	var words []string
	for w := range e.r.words {
		if w != t.lower && e.canBe(w, "verb") && e.baseVerb(w) != base && slices.Contains(e.lex.Synonyms(w), base) {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return term{}, false
	}
	slices.Sort(words)
	return articleVerbTerm(words), true
}

// articleVerbTerm is the term of a question's light verb read as the article's
// verbs words, the first its form and the rest its alternatives.
func articleVerbTerm(words []string) term {
	tm := term{lower: words[0], stem: stemOf(words[0]), known: true}
	for _, w := range words[1:] {
		tm.alts = append(tm.alts, stemOf(w))
	}
	return tm
}
