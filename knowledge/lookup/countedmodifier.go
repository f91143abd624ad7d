package lookup

import (
	"slices"
	"strings"
)

// The counted noun's premodifier (part of stage 5, deciding): "how many
// carrot packets were checked out" counts carrot packets, not packets.
// A noun premodifying the head of a noun phrase classifies it (Quirk et
// al. 1985, §17.104–17.108, nouns as premodifiers) and, like the
// restrictive modifiers of §17.3–17.10, narrows the set the head names:
// "carrot packets" are a subset of "packets". A figure the article gives
// for the bare head ("checked out 212 packets") counts the whole set and
// so answers another question; when the sentence holds the head but no
// form of the classifying noun, the count asked is one the article does
// not give. Only a word WordNet lists as a noun and not as an adjective
// counts: an adjective ("new", "total", "local") is as often descriptive
// as restrictive (§17.3), and chat adds it loosely.

// unheldCountedModifier reports whether s holds the head of q's counted
// noun phrase but not the noun that premodifies it.
func (e *Engine) unheldCountedModifier(q *query, s *sentence) bool {
	if e.unheldStackedModifier(q, s) {
		return true // "how many part-time workers" of "85 full-time workers" (countedheadahead.go)
	}
	if q.typ != tCount || len(q.focus) != 2 || e.noLex {
		return false
	}
	mod, ok := focusTerm(q, q.focus[0])
	if !ok || mod.weak || !e.classifyingNoun(mod.lower) {
		return false
	}
	head, ok := focusTerm(q, q.focus[1])
	if !ok || len(termAt(s, head)) == 0 {
		return false
	}
	return len(termAt(s, mod)) == 0
}

// classifyingNoun reports whether w is a noun and never an adjective or
// a verb in WordNet ("carrot", "doubles"; not "state", "local", "check").
func (e *Engine) classifyingNoun(w string) bool {
	pos := e.lex.PartsOfSpeech(w)
	if len(pos) == 0 {
		pos = e.lex.PartsOfSpeech(singular(w))
	}
	return slices.Contains(pos, "noun") && !slices.ContainsFunc(pos, func(p string) bool {
		return strings.HasPrefix(p, "adj") || p == "verb"
	})
}
