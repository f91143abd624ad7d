package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A genitive typed without its apostrophe (part of stage 2): chat drops
// the apostrophe of "'s" as it drops a contraction's ("whats", "didnt";
// words.go), so "gebres time" is "Gebre's time". The genitive's -s is
// written on the name itself (Quirk et al., §5.112, the inflected
// genitive), and a genitive determines the noun head after it (§5.115),
// so a typed word is read as a name's genitive only when the word less
// its final "s" is, whole, a one-word form of a person or organisation
// the article names and never writes as a lower-case word, the typed word
// itself is no word of the article, nor of English other than as the
// name's own plural (WordNet lists "chen", a genus, so "chens"), so a
// surname that ends in "s", "Reyes" or "Jones", stays itself, and a
// content word follows it. Without this the word met the
// name only as a misspelling and the question lost its possessive, so
// "gebres time" took the lead's sentence where "gebre's time" took the
// runner's time.

// bareGenitives marks each such token as the possessive of the name.
func (e *Engine) bareGenitives(toks []token) {
	for i := 0; i+1 < len(toks); i++ {
		t := &toks[i]
		if t.poss || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") || e.r.vocab[t.lower] {
			continue
		}
		next := toks[i+1].lower
		if stopWords[next] || chatWords[next] || auxiliaries[next] {
			continue
		}
		name := strings.TrimSuffix(t.lower, "s")
		if e.r.plain[name] || e.lexWord(t.lower) && !e.lexWord(name) || !e.oneWordName(name) {
			continue
		}
		t.lower, t.stem, t.poss = name, stemOf(name), true
	}
}

// lexWord reports whether WordNet lists w or a base form of it.
func (e *Engine) lexWord(w string) bool { return !e.noLex && e.lex.IsWord(w) }

// oneWordName reports whether w is, whole, a one-word form of a person or
// organisation the article names.
func (e *Engine) oneWordName(w string) bool {
	for _, ef := range e.r.ents {
		if ef.kind != knowledge.Person && ef.kind != knowledge.Organisation {
			continue
		}
		for _, f := range ef.forms {
			if len(f) == 1 && f[0] == w {
				return true
			}
		}
	}
	return false
}
