package lookup

import (
	"strings"
	"unicode"
)

// The noun of a number's compound modifier (part of stage 1, reading):
// AP style joins a number and the noun it counts with a hyphen when the
// two modify another noun ("a 48-bed hospital", "a three-judge panel",
// "a 10-story building"; AP Stylebook, "hyphen": compound modifiers), and
// the noun then stands in the singular inside the word. The article still
// writes the noun: "how many beds does the hospital have" asks of a word
// it uses, not of one it never mentions.

// compoundCounted returns the noun a compound modifier of a number and a
// single word counts ("48-bed": bed, "three-judge": judge), or "".
func compoundCounted(t token) string {
	num, noun, ok := strings.Cut(t.lower, "-")
	if !ok || noun == "" || strings.ContainsAny(noun, "-.'") {
		return ""
	}
	for _, r := range noun {
		if !unicode.IsLetter(r) {
			return ""
		}
	}
	if !allDigits(num) {
		if v, kind, ok := wordNumber(num); !ok || kind != qCount || v <= 0 {
			return ""
		}
	}
	if _, _, ok := wordNumber(noun); ok {
		return "" // "Twenty-two": a compound numeral, hyphenated from 21 to 99 (AP Stylebook, "numerals"), counts no "two"
	}
	return noun
}

// allDigits reports whether w is a figure: digits, with commas between
// thousands.
func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) && r != ',' {
			return false
		}
	}
	return true
}

// countedNoun reports whether t is a compound modifier of a number word
// and the noun it counts, and no fraction: "two-thirds" names a part,
// its noun the plural of an ordinal (Quirk et al., §6.66).
func countedNoun(t token) bool {
	n := compoundCounted(t)
	if n == "" {
		return false
	}
	_, kind, ok := wordNumber(strings.TrimSuffix(n, "s"))
	return !ok || kind != qOrdinal
}
