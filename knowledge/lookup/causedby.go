package lookup

// The event asked about told as the agent of a passive verb of causing
// (part of stage 4): "it would refund any late fees caused by the
// outage". In the passive the agent, the cause, follows "by" (Quirk et
// al., §3.63-3.70 on the agent of the passive; §16.52-16.53 on causative
// verbs), so such a sentence tells what the outage caused, not what
// caused the outage; it answers neither "what caused the outage" nor
// "why was there an outage", the mirror of the active verb of causing
// whose object holds the event (causedeffect.go).

// toldAsCausedByAgent reports whether s has a passive verb of causing
// ("caused by", "triggered by", "prompted by") and every matched token of
// s other than the verb itself lies in its by-phrase, up to the next
// comma, semicolon or dash that ends a clause (clauseComma).
func toldAsCausedByAgent(s *sentence, matched []int) bool {
	for i, t := range s.toks {
		if !causativeVerbs[t.lower] || i+1 >= len(s.toks) || s.toks[i+1].lower != "by" || s.quoted[i] {
			continue
		}
		end := clauseComma(s, s.toks[i+1].end)
		inside, any := true, false
		for _, m := range matched {
			if causeWords[s.toks[m].lower] {
				continue // the verb of causing the question itself asks ("what caused")
			}
			if m <= i+1 || s.toks[m].start >= end {
				inside = false
				break
			}
			any = true
		}
		if inside && any {
			return true
		}
	}
	return false
}
