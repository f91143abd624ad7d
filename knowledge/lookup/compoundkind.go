package lookup

// Open compounds (part of stage 4, finding the speaker a quote question
// asks for by a relation noun, speech.go): English
// writes many compound nouns as two words, a premodifier and a head that
// together name one kind ("public defender", "district attorney",
// "nurse practitioner": open compounds, Quirk et al. 1985, Appendix I on
// compounds; the AP Stylebook writes these as two words). WordNet lists such a compound
// as a lemma of its own, with its own hypernyms (Miller 1995): a "public
// defender" is a lawyer, though a "defender" alone is not. So the
// relation noun of "what did his lawyer say" is used by a sentence whose
// two-word compound WordNet files under it ("His public defender, Alan
// Brooks,").

// compoundKind reports whether toks[k] ends an open compound with the
// token before it that WordNet files under the question's noun tm:
// "public defender" under "lawyer". A name is no compound ("Alan
// Brooks"), nor is a word that already names the noun itself.
func (e *Engine) compoundKind(toks []token, k int, tm term) bool {
	if e.noLex || k == 0 {
		return false
	}
	mod, head := toks[k-1], toks[k]
	if mod.cap && k-1 > 0 || head.cap || stopWords[mod.lower] || stopWords[head.lower] || len(mod.lower) < 2 || tm.matches(head) {
		return false
	}
	return e.lex.KindOf(mod.lower+"_"+head.lower, singular(tm.lower)) // WordNet joins a compound lemma's words with "_"
}
