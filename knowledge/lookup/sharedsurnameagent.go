package lookup

import (
	"strings"

	"storybot/knowledge"
)

// Two people who share a surname, named once (part of stage 4, doers):
// "founded in 1962 by brothers Walter and Eugene Marsh". English
// coordinates the given names and writes the shared surname once, the
// head shared by both conjuncts (Quirk et al. 1985, §13.71 on
// coordinated premodifiers sharing one head; the AP Stylebook's "Walter
// and Eugene Marsh" for a family). The reading knows the second as a
// person with a full name and the first as a given name alone, so a
// noun phrase that ends at the given name before "and" runs on to the
// full name: the agent is both.

// sharedSurnameEnd is the end of a person's full name that "and" joins
// to the given name ending at token end-1 of s ("Walter and Eugene
// Marsh"), within limit; false when the tokens are not so.
func (e *Engine) sharedSurnameEnd(s *sentence, end, limit int) (int, bool) {
	if end < 1 || end+2 >= min(limit, len(s.toks)) || s.toks[end].lower != "and" {
		return 0, false
	}
	given := s.toks[end-1]
	if !given.cap || !knowledge.IsGivenName(strings.ToLower(given.lower)) || e.namedAt(s, end-1) {
		return 0, false
	}
	for _, x := range s.named {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		if n := e.formAt(s, x, end+1); n > 1 && end+1+n <= limit {
			return end + 1 + n, true
		}
	}
	return 0, false
}
