package lookup

import "strings"

// "A group called Lancaster Taxpayers United": an indefinite noun phrase
// postmodified by "called", "named" or "known as" and a proper name is
// identified by that name (Quirk et al. 1985, §17.93 on the nonfinite
// postmodifier; the name is the complement of "call"), so "what group did
// he lead" is answered by the name, not refused as an unnamed "a group".

// calledNameAfter is the proper name that "called", "named" or "known
// as" gives the noun in s ("group called Lancaster Taxpayers United"),
// or "": the run of capitalised words after the verb, with "of", "and"
// or "for" between them.
func calledNameAfter(s *sentence, noun string) string {
	for k, t := range s.toks {
		if singular(t.lower) != singular(noun) || k+2 >= len(s.toks) {
			continue
		}
		j := k + 1
		switch {
		case s.toks[j].lower == "called" || s.toks[j].lower == "named":
			j++
		case s.toks[j].lower == "known" && s.toks[j+1].lower == "as":
			j += 2
		default:
			continue
		}
		if j >= len(s.toks) || !s.toks[j].cap || punctuatedBetween(s.text, s.toks, j) {
			continue
		}
		end := j
		for i := j + 1; i < len(s.toks) && !punctuatedBetween(s.text, s.toks, i); i++ {
			if s.toks[i].cap {
				end = i
			} else if l := s.toks[i].lower; l != "of" && l != "and" && l != "for" {
				break
			}
		}
		return strings.TrimRight(s.text[s.toks[j].start:s.toks[end].end], ".,")
	}
	return ""
}
