package lookup

import (
	"strings"
)

// The source a place only postmodifies (part of stage 4, places): "where
// did the bottles come from" asks the object of "from", the source of the
// coming (Quirk et al. 1985, §9.15 on "from" of source, §9.6 on the
// stranded preposition). News writing often names that source by a common
// noun with its place after it as a postmodifier ("came from 38
// restaurants in the South Sound"; §17.37 on prepositional
// postmodifiers), so the named place alone ("in the South Sound") is where
// the source is, not the source. When no place of a sentence follows
// "from" itself, a place right after a short noun phrase that does is
// read with that phrase: "from 38 restaurants in the South Sound".

// sourceHeadRe is "from" and a short noun phrase of lower-case words or
// numerals at the end of the text before a place.
var sourceHeadRe = lazyRE(`\bfrom\s+((?:[\d$][\d,.]*|[a-z][\w'’-]*)(?:\s+(?:[\d$][\d,.]*|[a-z][\w'’-]*)){0,3})\s+$`)

// sourceHeaded returns, for each place span of text that postmodifies the
// noun phrase of a "from" before it, the span widened to open at "from",
// its text opening at the noun phrase; nil when none does.
func sourceHeaded(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		m := sourceHeadRe.FindStringSubmatchIndex(text[:sp[0]])
		if m == nil || !sourceNounPhrase(text[m[2]:m[3]]) {
			continue
		}
		out = append(out, []int{m[0], sp[1], m[2], sp[3]})
	}
	return out
}

// sourceNounPhrase reports whether the words of phrase are those of a
// noun phrase: no function word but a determiner or a quantifier opening
// it ("38 restaurants", "a supplier", "several farms").
func sourceNounPhrase(phrase string) bool {
	ws := strings.Fields(phrase)
	for i, w := range ws {
		if stopWords[w] && !(i == 0 && (determiners[w] || possessiveDeterminers[w])) {
			return false
		}
	}
	return len(ws) > 0
}
