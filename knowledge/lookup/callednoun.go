package lookup

import (
	"regexp"
	"strings"
)

// "A group called Lancaster Taxpayers United": an indefinite noun phrase
// postmodified by "called", "named" or "known as" and a proper name is
// identified by that name (Quirk et al. 1985, §17.93 on the nonfinite
// postmodifier; the name is the complement of "call"), so "what group did
// he lead" is answered by the name, not refused as an unnamed "a group".

// calledNameAfter is the proper name that "called", "named" or "known
// as" gives the noun in s, or "".
func calledNameAfter(s *sentence, noun string) string {
	re, err := regexp.Compile(`\b(?i:` + regexp.QuoteMeta(noun) + `)(?:s|es)?,?\s+(?:called|named|known as)\s+((?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’.&-]*)*)`)
	if err != nil {
		return ""
	}
	m := re.FindStringSubmatch(s.text)
	if m == nil {
		return ""
	}
	return strings.TrimRight(m[1], ".,")
}
