package lookup

import (
	"slices"
	"strings"
)

// agentDescribed reports whether x's own words (see ownWords) hold the
// verb the agent noun w is derived from: "the motel owner" is "Renee
// Oakhurst, who owns the Bluffside Motel". An agent noun in -er or -or
// names the one who does its verb (Quirk et al., App. I.34, agentive
// suffixes; WordNet's derivational links tie "owner" to "own"), and a
// news story introduces an ordinary person by what they do, in a relative
// clause or an appositive after the name, more often than by such a noun.
// Only the verb a shorter word than the noun counts: "engineer" is no
// agent of "engine".
func (e *Engine) agentDescribed(x int, w string) bool {
	if e.lex == nil || !(strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")) || !e.personNoun(w) {
		return false
	}
	related := e.lex.Related(w)
	for _, tok := range e.ownWords(x) {
		if stopWords[tok.lower] || tok.cap || !e.verbForm(tok.lower) {
			continue
		}
		base := e.baseVerb(tok.lower)
		if len(base) < len(w) && e.canBe(base, "verb") && slices.Contains(related, base) {
			return true
		}
	}
	return false
}
