package lookup

// An adjective premodifier in a question's subject (part of stage 4,
// yes/no, with operationstate.go): "are the westbound lanes open yet",
// "is the new bridge open". An adjective between a determiner and the
// head noun of a noun phrase is attributive, a premodifier of that head
// (Quirk et al. 1985, §7.3 on attributive adjectives, §17.102 on
// premodification), so it is a word of the subject, not the state asked,
// which follows the head as the predicative adjective (§7.4).

// adjectivePremodifier reports whether token k of toks is an adjective
// that premodifies the next token, a subject word of e: it follows a
// determiner, a possessive pronoun or another premodifier of the subject
// (subj, the words read so far).
func (e *Engine) adjectivePremodifier(toks []token, k int, subj []token) bool {
	if k < 1 || k+1 >= len(toks) || !e.canBe(toks[k].lower, "adj") || !e.subjectWord(toks[k+1]) {
		return false
	}
	p := toks[k-1].lower
	return determiners[p] || possessivePronouns[p] || len(subj) > 0
}
