package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A month that is a person's given name is no time (part of stage 1,
// reading the article). April, May, June and August are also women's
// given names (knowledge/monthgivenname.go), and the article's reader has
// already taken "Harbor master June Okoro" for a person; the time pattern
// reads words alone and would take "June" for a month, dating the
// sentence's act to June. So a time span that is only such a month, where
// a person the sentence names opens with it and goes on with the words
// after it, is dropped.

// withoutNameMonths drops from spans the months that open the name of a
// person named in s.
func (r *reading) withoutNameMonths(s *sentence, spans [][]int) [][]int {
	out := spans[:0:0]
	for _, sp := range spans {
		if !r.monthOpensName(s, s.text[sp[0]:sp[1]], s.text[sp[1]:]) {
			out = append(out, sp)
		}
	}
	return out
}

// monthOpensName reports whether month, a time span of s with rest after
// it, is the first word of the name of a person s names.
func (r *reading) monthOpensName(s *sentence, month, rest string) bool {
	if strings.ContainsAny(month, " 0123456789") {
		return false // "June 4", "May 2019": a date
	}
	for _, x := range s.named {
		if x >= len(r.ents) || r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, f := range r.ents[x].forms {
			if len(f) >= 2 && strings.EqualFold(f[0], month) && len(rest) > len(f[1]) && strings.EqualFold(rest[1:1+len(f[1])], f[1]) && rest[0] == ' ' {
				return true
			}
		}
	}
	return false
}
