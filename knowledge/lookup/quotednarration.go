package lookup

// A speaker's words are not the reporter's account. News writing states
// the facts of an event in the reporter's narration and uses direct
// quotation for what a source said of them: reaction, opinion, color (AP
// Stylebook, "quotations in the news"). So a sentence whose only words
// for what was asked lie inside quotation marks ("I keep thinking about
// the organ") does not tell what befell the thing; the narration that
// names it does.

// allQuoted reports whether every one of the token positions ks lies inside
// quotation marks in s.
func allQuoted(s *sentence, ks []int) bool {
	for _, k := range ks {
		if !quotedAt(s, k) {
			return false
		}
	}
	return len(ks) > 0
}
