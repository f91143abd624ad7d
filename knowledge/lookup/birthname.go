package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A birth name (part of stage 4, names). An obituary gives the name the
// person was born with in a participle clause that opens a sentence:
// "Born Mary Joan Kessler on May 2, 1937, in Lima, Ohio, she worked as a
// nurse" (AP Stylebook, "obituaries"); the clause's subject is the main
// clause's, the person the story is about (Quirk et al. 1985, §15.58 on
// the subject of a participle clause), and knowledge folds the name into
// that person's aliases. "What was her maiden name" asks for it.

// birthNameAsked asks the name someone was born with.
var birthNameAsked = lazyRE(`\b(maiden|birth) name\b|\bname at birth\b|\bborn as\b`)

// birthName answers with the name written after an opening "Born": a
// person's alias there, the question's subject's when it names one.
func (e *Engine) birthName(q *query) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if len(s.toks) < 3 || s.toks[0].text != "Born" {
			continue
		}
		for x, ent := range e.a.Entities {
			if ent.Kind != knowledge.Person || len(q.subjects) > 0 && !contains(q.subjects, x) {
				continue
			}
			for _, a := range ent.Aliases {
				if strings.HasPrefix(s.text[s.toks[1].start:], a+" ") || strings.HasPrefix(s.text[s.toks[1].start:], a+",") {
					return reply{found: true, head: a + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}
