package lookup

import (
	"slices"
	"strings"
)

// The reply to an object what-question opens with the object itself when
// it can be cut cleanly from the sentence: the noun phrase after the verb
// (and after the stranded preposition), up to a comma, a preposition
// other than "of" (which stays inside a noun phrase: "the hull plates of
// a freighter", Quirk et al., §17.37), a relative pronoun or a verb, the
// start of the next clause. An object followed by its own auxiliary is a
// clause ("concluded the lock was safe", §16.32): no noun phrase to cut.

// objectPhraseMax is the longest object phrase put ahead of its sentence,
// in words; a longer one is told by the sentence alone.
const objectPhraseMax = 8

// objectPhrase returns the object of the asked verb at token k of s,
// written as the article writes it; false when it cannot be cut cleanly.
func (e *Engine) objectPhrase(s *sentence, k int, a objectAsk) (string, bool) {
	j := k + 1
	if j+1 < len(s.toks) && personalPronouns[s.toks[j].lower] && (!possessiveDeterminers[s.toks[j].lower] || prepositions[s.toks[j+1].lower]) {
		j++ // "acquitted him of"; "grabbed her pills" keeps her
	}
	if a.stranded != "" {
		for j < len(s.toks) && s.toks[j].lower != a.stranded {
			j++
		}
		j++
	}
	if j >= len(s.toks) || clauseOpeners[s.toks[j].lower] || !e.opensObject(s, j) {
		return "", false // "decided whether to file": a nominal clause
	}
	if commaAfterVerb(s, k, j) {
		return "", false // "the $2.21 analysts had expected, according to LSEG": no object after a comma (objectcomma.go)
	}
	end := e.phraseEnd(s, j)
	if a.stranded == "" && end < len(s.toks) && !punctuatedBetween(s.text, s.toks, end) && (auxiliaries[s.toks[end].lower] || beForms[s.toks[end].lower]) && !predicateCoordinated(s, end) { // a preposition takes no finite clause (Quirk et al., §9.4)
		return "", false // "concluded Russia was meddling": the object is a clause
	}
	if a.stranded == "" && e.clauseAfterObject(s, end) { // "soaked the silk in black tea to age it": a purpose adjunct after the prepositional phrase
		return "", false // "wants the county to end its contract": a non-finite clause
	}
	for end > j && (s.toks[end-1].lower == "and" || s.toks[end-1].lower == "or" || s.toks[end-1].lower == "of") {
		end--
	}
	if end-j > objectPhraseMax || !slices.ContainsFunc(s.toks[j:end], func(t token) bool { return !stopWords[t.lower] }) {
		return "", false // too long to be a clean cut, or a bare pronoun ("called her")
	}
	return s.text[s.toks[j].start:s.toks[end-1].end], true
}

// predicateCoordinated reports whether the auxiliary at token end of s
// follows "and", "or" or "but": it opens a second predicate of the same
// subject ("ranked 143rd and had to win three matches"; Quirk et al.
// 1985, §13.57, coordinated predicates), so the object before it ends
// there and is no clause.
func predicateCoordinated(s *sentence, end int) bool {
	switch s.toks[end-1].lower {
	case "and", "or", "but":
		return true
	}
	return false
}

// phraseEnd is the index after the noun phrase that opens at token j of
// s.
func (e *Engine) phraseEnd(s *sentence, j int) int {
	end := j + 1
	for end < len(s.toks) && !e.endsPhrase(s, j, end) {
		end++
	}
	return end
}

// endsPhrase reports whether token m of s stands past the noun phrase
// that opens at token j: it is across a comma or a quotation mark, a
// preposition other than "of", a relative pronoun, an auxiliary, a time
// or a verb.
func (e *Engine) endsPhrase(s *sentence, j, m int) bool {
	w := s.toks[m].lower
	switch {
	case quotedAt(s, m) != quotedAt(s, j), punctuatedBetween(s.text, s.toks, m):
		return true
	case w == "of":
		return false
	case prepositions[w], phraseEnders[w], relativePronouns[w], auxiliaries[w], beForms[w]:
		return true
	}
	return inSpans(s.times, s.toks[m].start) || e.clauseVerb(s, m)
}

// opensObject reports whether token j of s may open an object noun
// phrase: a determiner, a possessive, a number or a content word, not a
// time, an adverb, a preposition or a clause opener.
func (e *Engine) opensObject(s *sentence, j int) bool {
	t := s.toks[j]
	switch {
	case quotedAt(s, j), inSpans(s.times, t.start), isAdverb(t.lower), prepositions[t.lower], relativePronouns[t.lower]:
		return false
	case determiners[t.lower] || possessiveDeterminers[t.lower] || isNumeric(t):
		return true
	}
	return !stopWords[t.lower] && !e.onlyVerb(t.lower)
}

// phraseEnders are the closed-class English prepositions and
// subordinators the prepositions list leaves out (Quirk et al., §9.7,
// §14.12): each opens an adverbial or a clause after a noun phrase.
var phraseEnders = set("in", "out", "near", "during", "through", "across", "around", "along",
	"since", "until", "among", "inside", "outside", "because", "while", "when", "as", "if")

// clauseVerb reports whether token m of s is the verb of the next clause:
// a word that can only be a verb, or a past form of a verb ("coal ran
// aground") not after a determiner, a possessive, a number or "of",
// where a participle is an adjective ("a retired freighter", §7.15).
func (e *Engine) clauseVerb(s *sentence, m int) bool {
	w := s.toks[m].lower
	if e.onlyVerb(w) {
		return true
	}
	if !e.canBe(w, "verb") || strings.HasSuffix(w, "s") || e.baseVerb(w) == w || e.noLex || e.lex.Lemma(w) == "" && !strings.HasSuffix(w, "ed") {
		return false
	}
	p := s.toks[m-1]
	return !determiners[p.lower] && !possessiveDeterminers[p.lower] && !p.poss && !isNumeric(p) && p.lower != "of"
}

// onlyVerb reports whether WordNet knows w as a verb and as nothing else
// ("derailed"), so that it ends the noun phrase before it.
func (e *Engine) onlyVerb(w string) bool {
	return e.canBe(w, "verb") && !e.canBe(w, "noun") && !e.canBe(w, "adj")
}

// objectHead is the head of a passage reply to an object what-question:
// the object phrase of the asked verb in s, or "" to let the sentence
// answer alone.
func (e *Engine) objectHead(q *query, s *sentence) string {
	a, ok := e.askedObject(q)
	if !ok {
		return ""
	}
	if askedWithObject(q, a) {
		return "" // "what did she call the plan": the phrase after the verb is the plan, not the answer (determinedobject.go)
	}
	k := e.subjectVerbAt(q, s, a)
	if k < 0 && strandedPassive(q, a) {
		k = e.objectVerbAt(s, a) // "what were the labels soaked in": "soaked off the labels in tubs" (whatobject.go)
	}
	if k < 0 || e.speechAct(a.base) {
		return "" // a verb of saying takes a clause ("claimed the campaign exchanged information")
	}
	if e.kindOfAskedAct(s.toks[k].lower, a) && !a.verb.matches(s.toks[k]) {
		return "" // "voted 5-2 to close": the narrower verb's object is not the asked one's
	}
	if p, ok := e.objectPhrase(s, k, a); ok {
		return capitalise(p) + "."
	}
	return ""
}

// quotedAt reports whether token k of s stands inside quotation marks.
func quotedAt(s *sentence, k int) bool { return k < len(s.quoted) && s.quoted[k] }
