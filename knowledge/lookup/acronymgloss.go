package lookup

import (
	"fmt"
	"strings"
)

// What an initialism stands for (part of stage 4, descriptions). News
// style spells out an initialism on first reference, beside it: "RSV, or
// respiratory syncytial virus," or "respiratory syncytial virus (RSV)"
// (AP Stylebook, "abbreviations and acronyms"). So "what is RSV" is first
// answered by the words whose initials spell it, written within three
// words of it.

// acronymGloss is the spelled-out phrase of the initialism name the
// article writes beside it, with its sentence; "" and nil when none.
func (e *Engine) acronymGloss(name string) (string, *sentence) {
	w := strings.ToLower(strings.ReplaceAll(name, ".", ""))
	if len(w) < 2 || len(w) > 5 || strings.ToUpper(name) != name {
		return "", nil
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 0; k+len(w) <= len(s.toks); k++ {
			if !spellsInitials(s.toks[k:k+len(w)], w) || !nearToken(s, k, k+len(w), name) {
				continue
			}
			return s.text[s.toks[k].start:s.toks[k+len(w)-1].end], s
		}
	}
	return "", nil
}

// spellsInitials reports whether the first letters of toks spell w, each
// a word, not a name's capital after the first.
func spellsInitials(toks []token, w string) bool {
	for j, t := range toks {
		if t.lower == "" || t.lower[0] != w[j] || stopWords[t.lower] || j > 0 && t.cap {
			return false
		}
	}
	return true
}

// nearToken reports whether s writes name within three tokens before
// token from or after token to.
func nearToken(s *sentence, from, to int, name string) bool {
	for k := max(0, from-3); k < min(len(s.toks), to+3); k++ {
		if (k < from || k >= to) && s.toks[k].text == name {
			return true
		}
	}
	return false
}

// glossReply answers "what is RSV" by the phrase it stands for.
func (e *Engine) glossReply(x int) (reply, bool) {
	name := e.a.Entities[x].Name
	g, s := e.acronymGloss(name)
	if s == nil {
		return reply{}, false
	}
	return reply{found: true, head: fmt.Sprintf("%s stands for %s.", name, g), used: []*sentence{s}}, true
}

// standsForCue asks what an initialism stands for in so many words.
var standsForCue = lazyRE(`^\W*what\s+(?:does|do)\s+\S+\s+(?:stand for|mean)\W*$`)

// initialismAsked answers "what is RSV" and "what does RSV stand for",
// asked of one entity the article names by an initialism, by the phrase
// it stands for.
func (e *Engine) initialismAsked(q *query) (reply, bool) {
	if len(q.subjects) != 1 || len(q.toks) < 3 || q.toks[0].lower != "what" {
		return reply{}, false
	}
	if len(q.terms) > 0 && !standsForCue.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false
	}
	return e.glossReply(q.subjects[0])
}
