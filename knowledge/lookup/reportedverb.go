package lookup

// The asked verb of a reported clause (part of stage 4, who said). "Who
// called", "who wrote" and "who told" are read as questions of who said
// something, the verb taken as a reporting verb. When the sentence has a
// reporting verb of its own before the asked one ("Greg Sorensen, who
// lives below the dam, said he had called the fire department"), the
// asked verb is the lexical verb of the reported clause, not of the
// reporting clause (Quirk et al. 1985, §14.29 on the reporting clause and
// §14.31 on indirect speech), and the words between the two verbs ("said
// he had") are no speaker: the question asks the reported act's doer,
// which is the person handler's to find.

// reportingVerbBetween reports whether a reporting verb (reportingVerbs,
// speech.go) stands outside a quotation among tokens start to v-1 of s.
func reportingVerbBetween(s *sentence, start, v int) bool {
	for k := start; k < v && k < len(s.toks); k++ {
		if reportingVerbs[s.toks[k].lower] && !quotedAt(s, k) {
			return true
		}
	}
	return false
}
