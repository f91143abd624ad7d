package lookup

import (
	"fmt"
	"regexp/syntax"
	"strings"
	"unicode/utf8"
)

// A question is matched against every interrogative pattern in turn
// (typeCues, metaCues), most of them long alternations of words, and the
// backtracking matcher tries each from every position of the question: a
// tenth of answering time. Yet a pattern can match only a text that holds
// one of the words every match of it contains ("say", "said", "words",
// "quote" … of the quotation cue), and looking for a few words is cheap.
// A literal gate is that set of words, read off the pattern's syntax tree
// (the idea of the "required literals" prefilter of Cox 2012, "Regular
// Expression Matching with a Trigram Index"); the pattern is run only on
// a text the gate admits, so every match is found as before.

// litGate holds, in lower case, strings of which every match of a
// pattern contains at least one. A nil gate admits every text.
type litGate []string

// newLitGate reads the gate of re; nil when some match need hold no
// literal (an optional word, a bare character class).
func newLitGate(re fmt.Stringer) litGate {
	t, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return nil
	}
	return requiredLits(t)
}

// requiredLits returns strings one of which every match of t contains,
// lower-cased, or nil when it knows none.
func requiredLits(t *syntax.Regexp) []string {
	switch t.Op {
	case syntax.OpLiteral:
		if t.Flags&syntax.FoldCase != 0 && !asciiRunes(t.Rune) {
			return nil // a case-folded non-ASCII letter may match a letter ToLower does not give
		}
		return []string{strings.ToLower(string(t.Rune))}
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLits(t.Sub[0])
	case syntax.OpRepeat:
		if t.Min >= 1 {
			return requiredLits(t.Sub[0])
		}
	case syntax.OpConcat:
		// every part is in the match: the part with the longest
		// shortest literal makes the tightest gate
		var best []string
		for _, sub := range t.Sub {
			if l := requiredLits(sub); l != nil && (best == nil || shortestLen(l) > shortestLen(best)) {
				best = l
			}
		}
		return best
	case syntax.OpAlternate:
		// a match is one branch's: each branch needs its literals
		var out []string
		for _, sub := range t.Sub {
			l := requiredLits(sub)
			if l == nil {
				return nil
			}
			out = append(out, l...)
		}
		return out
	}
	return nil
}

// admits reports whether the pattern may match s: s holds one of the
// gate's strings, ignoring case. A text with non-ASCII letters is always
// admitted, as case folding pairs some of them with ASCII letters ("ſ"
// with "s", the Kelvin sign with "k").
func (g litGate) admits(s string) bool {
	if g == nil || !isASCII(s) {
		return true
	}
	s = strings.ToLower(s)
	for _, l := range g {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}

// shortestLen is the length of the shortest of ls.
func shortestLen(ls []string) int {
	n := -1
	for _, l := range ls {
		if n < 0 || len(l) < n {
			n = len(l)
		}
	}
	return n
}

// asciiRunes reports whether every rune of rs is ASCII.
func asciiRunes(rs []rune) bool {
	for _, r := range rs {
		if r >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isASCII reports whether s is ASCII text.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
