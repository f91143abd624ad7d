package lookup

import (
	"strings"
)

// The premodifier of an alternative (part of stage 4, for yes and no):
// "did he take the lump sum or the annuity" offers "lump sum" and
// "annuity". A noun phrase's determiner comes first and its premodifiers
// between the determiner and the head (Quirk et al. 1985, §17.2 on the
// structure of the noun phrase), so the word between "the" and an
// alternative's head belongs to that alternative, not to the question's
// words before it, and the reply names the alternative with it.

// altOption is one alternative of an alternative question: its head word
// and the premodifier before it, with its trailing space ("lump "), or "".
type altOption struct {
	pre, head string
}

// leadingPremodRe is the determiner and one premodifier closing the words
// before the first alternative's head ("… take the lump ").
var leadingPremodRe = lazyRE(`(?i)\b(?:the|a|an)\s+([a-z][\w'-]*\s+)$`)

// alternativesOf splits an alternativeRe match into the question's words
// before the alternatives and the two alternatives, each with the
// premodifier its determiner opens.
func alternativesOf(m []string) (string, [2]altOption) {
	base, pre := m[1], ""
	if p := leadingPremodRe.FindStringSubmatchIndex(base); p != nil && contentOrParticle(strings.TrimSpace(base[p[2]:p[3]])) {
		base, pre = base[:p[2]], base[p[2]:p[3]]
	}
	second := m[3]
	if !contentOrParticle(strings.TrimSpace(second)) {
		second = ""
	}
	return base, [2]altOption{{pre: pre, head: m[2]}, {pre: second, head: m[4]}}
}
