package lookup

// A name after a comma that a verb of saying follows is the subject of a
// reporting clause, not an appositive (part of stage 4, who-questions):
// news writing closes a sentence with its attribution ("The reward was
// paid for by a sportsmen's group, Ortega said"; Quirk et al. 1985,
// §15.53–15.54 on the reporting clause after the reported one, and the
// AP Stylebook on "said" closing a paraphrase), so the name there is the
// source who told the act, not the name of the agent before the comma.
// The agent is then the noun phrase itself.

// reportingName reports whether the name of s that ends before token end
// is followed by a verb of saying (speechVerbs, words.go): "…, Ortega
// said".
func reportingName(s *sentence, end int) bool {
	return end < len(s.toks) && speechVerbs[s.toks[end].lower] && spaced(s, end-1, end)
}
