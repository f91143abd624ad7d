package lookup

import (
	"strconv"
	"strings"
)

// The age set off by commas after a general noun for a person (part of
// stage 1, reading numbers). AP style gives a person's age as a bare
// number in commas after the words that identify them (AP Stylebook,
// "ages": "John Smith, 42,"), and a story that never names someone
// does the same after the noun that stands for them: "The man, 58, had
// collapsed …", "a woman, 72, was treated" (Quirk et al. 1985, §17.65 on
// nonrestrictive apposition, which may follow any noun phrase). The
// general nouns for people (generalHumanNouns, Halliday and Hasan 1976,
// §6.2) after an article are such a noun phrase; the number there is the
// person's age, not a count.

// isUnnamedAppositiveAge reports whether the bare number at token i is
// set off by commas after "the" or "a" and a general noun for a person.
func isUnnamedAppositiveAge(s string, toks []token, i int) bool {
	if i < 2 || i+1 >= len(toks) || !generalHumanNouns[toks[i-1].lower] {
		return false
	}
	if d := toks[i-2].lower; d != "the" && d != "a" {
		return false
	}
	t := toks[i]
	v, err := strconv.Atoi(t.text)
	before := s[toks[i-1].end:t.start]
	after := s[t.end:toks[i+1].start]
	return err == nil && v > 0 && v < 120 && strings.TrimSpace(before) == "," && strings.TrimSpace(after) == ","
}

// appositiveAgeOf reports whether the bare number at token i is an age in
// commas after a name (isAppositiveAge) or after a general noun for a
// person (isUnnamedAppositiveAge).
func appositiveAgeOf(s string, toks []token, i int) bool {
	return isAppositiveAge(s, toks, i) || isUnnamedAppositiveAge(s, toks, i)
}
