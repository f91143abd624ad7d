package lookup

import "strings"

// The time of an appositive "when" clause (part of stage 4): in "stay
// below freezing until Thursday, when a high of 38 degrees could start
// melting the ice" the "when" clause stands in apposition to the time
// before it and tells what happens at that time (Quirk et al., §15.25, as
// endedWhen reads it; the relative adverb "when" after a time
// antecedent, §17.22). "Until" bounds the main clause's state, not the
// clause's event, so a question about that event is answered by the time
// alone: "Thursday", not "until Thursday".

// apposedWhenTime returns time phrase ph of s without its bounding
// preposition when a ", when" clause follows it and every matched word
// of the question lies in that clause; ok is false otherwise.
func apposedWhenTime(s *sentence, ph string, matched []int) (string, bool) {
	at := strings.Index(s.text, ph)
	fields := strings.Fields(ph)
	if at < 0 || len(fields) < 2 || !boundWords[strings.ToLower(fields[0])] || len(matched) == 0 {
		return "", false
	}
	end := at + len(strings.TrimSuffix(ph, "."))
	if !strings.HasPrefix(s.text[end:], ", when ") {
		return "", false
	}
	for _, m := range matched {
		if s.toks[m].start < end {
			return "", false
		}
	}
	return strings.Join(fields[1:], " "), true
}
