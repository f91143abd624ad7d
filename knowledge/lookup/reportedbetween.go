package lookup

// The reporter is not the one the report tells of (part of stage 4,
// times). In indirect speech the reporting clause's subject is the one
// who says, and the reported clause has a subject of its own (Quirk et
// al. 1985, §14.29–14.31 on the reporting clause and the reported
// clause): in "Board member Ana Ruiz said the museum had been free since
// 1962" the museum was free, not Ruiz. So a person named before a verb of
// reporting is not the one a verb after it befalls (othersEvent,
// timeactor.go).

// reportedBetween reports whether a verb of indirect speech
// (reportingVerbs, speech.go), outside quotation marks, stands between
// tokens from and to of s.
func reportedBetween(s *sentence, from, to int) bool {
	for i := from + 1; i < to && i < len(s.toks); i++ {
		if reportingVerbs[s.toks[i].lower] && (s.quoted == nil || !s.quoted[i]) {
			return true
		}
	}
	return false
}
