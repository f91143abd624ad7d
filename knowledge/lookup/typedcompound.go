package lookup

import (
	"slices"
	"strings"
	"unicode"
)

// A compound typed apart (part of stage 2, understanding the question).
// English writes a compound modifier with hyphens before its noun
// ("out-of-state students", "a long-term lease"; AP Stylebook, "hyphen":
// compound modifiers), and a question typed in chat writes the same words
// with spaces ("how much do out of state students pay"). Read word by
// word, "out of state" is only "state", which "In-state" holds as well as
// "Out-of-state". So question words that, joined by hyphens, spell a
// compound the article writes are read as that one word.

// maxCompoundParts bounds the words of a compound ("out-of-state" is 3,
// "mother-in-law" 3, "day-to-day" 3, "once-in-a-lifetime" 4).
const maxCompoundParts = 4

// lowerCompound reports whether t, token k of its sentence, is a compound
// of lower-case words joined by hyphens: no figure in it, and no capital
// but a sentence's first letter ("Out-of-state students …").
func lowerCompound(t token, k int) bool {
	if !strings.Contains(t.lower, "-") || t.cap && k > 0 {
		return false
	}
	for i, r := range t.text {
		if r != '-' && !unicode.IsLetter(r) || i > 0 && unicode.IsUpper(r) {
			return false
		}
	}
	return !strings.HasPrefix(t.lower, "-") && !strings.HasSuffix(t.lower, "-") && !strings.Contains(t.lower, "--")
}

// typedCompounds joins each run of question words that spells, hyphenated,
// a compound the article writes, and never writes apart, into one token
// of that compound.
func (e *Engine) typedCompounds(toks []token) []token {
	if len(e.r.compounds) == 0 {
		return toks
	}
	for i := 0; i < len(toks); i++ {
		for n := min(maxCompoundParts, len(toks)-i); n >= 2; n-- {
			words := make([]string, n)
			for k, t := range toks[i : i+n] {
				words[k] = t.lower
			}
			c := strings.Join(words, "-")
			if !e.r.compounds[c] || e.writtenApart(toks[i:i+n]) {
				continue // "historic districts" as well as "the historic-district exemption": the words meet both
			}
			m := tokenize(c)[0]
			m.start, m.end = toks[i].start, toks[i+n-1].end
			toks = slices.Concat(toks[:i], []token{m}, toks[i+n:])
			break
		}
	}
	return toks
}

// writtenApart reports whether some sentence of the article writes the
// words of ws one after another, each in a form of its own.
func (e *Engine) writtenApart(ws []token) bool {
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := 0; k+len(ws) <= len(toks); k++ {
			all := true
			for j, w := range ws {
				if !stemsMeet(toks[k+j].stem, w.stem) {
					all = false
					break
				}
			}
			if all {
				return true
			}
		}
	}
	return false
}

// contrastingCompound reports whether s tells of another kind than a
// compound of q names: q holds a hyphenated compound s does not write,
// and s writes one that shares its last word ("In-state students" for
// "out-of-state students"). A compound modifier restricts its head
// (Quirk et al. 1985, §17.3 on restrictive premodification), and two that
// differ in it before one head name different sets, so the figures of s
// are not the ones asked.
func contrastingCompound(q *query, s *sentence) bool {
	for _, t := range q.terms {
		if !strings.Contains(t.lower, "-") || len(termAt(s, t)) > 0 {
			continue
		}
		last := t.stem[strings.LastIndex(t.stem, "-")+1:]
		for _, tok := range s.toks {
			if len(tok.parts) > 1 && tok.stem != t.stem && stemsMeet(tok.parts[len(tok.parts)-1], last) && !strings.ContainsAny(tok.lower, "0123456789") {
				return true
			}
		}
	}
	return false
}
