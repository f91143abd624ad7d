package lookup

import "strings"

// A count that is its clause's subject (part of stage 1, numbers): "187
// opposed the increase". A cardinal may stand as the head of its own noun
// phrase, the counted noun left to the context (Quirk et al., A
// Comprehensive Grammar of the English Language, §5.23 and §6.51, numerals
// and quantifiers as fused heads), and the word after it is then the
// clause's verb. An -ed word after a count is either a participle heading
// the phrase ("41 dead and 312 injured", §7.23, adjectives as heads) or a
// past-tense verb; only a verb takes an object, and a noun phrase opened
// by a central determiner (objectPhraseDeterminers, §5.12–5.14) or an
// objective-case personal pronoun (objectPronouns, §6.4) right after it
// is that object ("900 opposed it"). So "187 opposed the increase" counts no
// "opposed": the count is the subject of "opposed", and what it counts
// comes from the sentence (a fronted partitive's noun, frontedpartitive.go).

// pastVerbAfterCount reports whether token k, the first word after a
// count, is an -ed word followed by a determiner or pronoun that opens
// its object.
func pastVerbAfterCount(s string, toks []token, k int) bool {
	if k+1 >= len(toks) || !strings.HasSuffix(toks[k].lower, "ed") || punctuatedBetween(s, toks, k+1) {
		return false
	}
	return objectPhraseDeterminers[toks[k+1].lower] || objectPronouns[toks[k+1].lower]
}

// verbEndsCounted reports whether token k, after n words of a count's
// noun phrase, is a verb that ends the phrase: after its head an -ed word
// or a punctuation mark ("350 people stacked sandbags"), right after the
// count an -ed word with its object ("187 opposed the increase").
func verbEndsCounted(s string, toks []token, k, n int) bool {
	if n == 0 {
		return pastVerbAfterCount(s, toks, k)
	}
	return strings.HasSuffix(toks[k].lower, "ed") || punctuatedBetween(s, toks, k)
}
