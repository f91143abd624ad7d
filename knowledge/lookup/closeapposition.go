package lookup

import "strings"

// Close apposition (part of stage 4, which-questions): "the security
// firm Mandiant", "the rideshare company Lyft". A proper noun right after
// a definite noun phrase, with no comma between, is in close
// (restrictive) apposition to it and names the very thing the noun
// describes (Quirk et al. 1985, §17.87–17.89: "the novelist Henry
// James"); AP style so introduces a body with its kind before its name.
// So a definite description that answers "what firm" carries the name
// that follows it.

// closeApposedName is the capitalised run of words right after token i
// of s with no punctuation between, when it is no time expression ("the
// firm Monday"), or "".
func closeApposedName(s *sentence, i int) string {
	end := i
	for k := i + 1; k < len(s.toks); k++ {
		t := s.toks[k]
		if !t.cap || t.lower == "i" || inSpans(s.times, t.start) || strings.TrimSpace(s.text[s.toks[k-1].end:t.start]) != "" {
			break
		}
		end = k
	}
	if end == i {
		return ""
	}
	return s.text[s.toks[i+1].start:s.toks[end].end]
}
