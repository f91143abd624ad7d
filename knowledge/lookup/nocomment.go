package lookup

import "fmt"

// What a person the article never quotes did not say (part of stage 4,
// speech.go): a news story that sought a person's words and got none says
// so ("declined to comment", "did not respond to a request for comment",
// "could not be reached for comment"), and that sentence answers "what did
// X say" better than silence: X is not quoted, and the article tells why.

// noComment returns the sentences that mention x and deny that x spoke: a
// negation (negations, with "declined" and "refused") and a noun or verb
// of saying (saidNouns, talkBases: "comment", "remark", "speak").
func (e *Engine) noComment(x int) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !s.mentions(x) {
			continue
		}
		denied, saying := false, false
		for k, t := range s.toks {
			if s.quoted[k] {
				continue
			}
			denied = denied || negations[t.lower]
			saying = saying || saidNouns[t.lower] || e.speakingVerb(t.lower)
		}
		if denied && saying {
			out = append(out, s)
		}
	}
	return out
}

// unquoted is the reply for a person the article neither quotes nor
// reports: the sentences that say they gave no comment, or that the
// article does not say.
func (e *Engine) unquoted(x int) reply {
	if r, ok := e.declinedReply(x); ok {
		return r // "Whitcomb declined to comment" (nocommentby.go)
	}
	name := e.a.Entities[x].Name
	if used := e.noComment(x); len(used) > 0 {
		return reply{head: fmt.Sprintf("The article doesn't quote %s:", name), used: used}
	}
	return reply{head: fmt.Sprintf("The article doesn't say: it neither quotes %s nor reports what they said.", name)}
}
