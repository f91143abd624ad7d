package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lowerTailCompound reports whether w is a hyphenated compound whose part
// after the first hyphen is written in lower case ("Fifth-grader",
// "Co-founder", "Ex-wife"): a common noun or modifier capitalised only as
// the first word of its sentence. The parts of a hyphenated proper name
// are each capitalised ("Winston-Salem", "Coca-Cola", "Smith-Jones"; AP
// Stylebook, "hyphen" and "capitalization": "grade, grader" writes
// "fifth-grader" lower case), so such a word opens no name.
func lowerTailCompound(w string) bool {
	_, tail, ok := strings.Cut(w, "-")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(tail)
	return unicode.IsLower(r)
}
