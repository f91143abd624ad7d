package knowledge

import "strings"

// numberSign reports whether w is "no" or "nos", which before a period
// abbreviate "number" only when a figure follows: AP Stylebook, "No.":
// "Use as the abbreviation for number in conjunction with a figure to
// indicate position or rank" ("No. 1 choice"). Elsewhere "no." is the
// word "no" ending a sentence ("… again voting no. Ashby said …").
func numberSign(w string) bool {
	lw := strings.ToLower(w)
	return lw == "no" || lw == "nos"
}

// startsWithDigit reports whether s opens with an ASCII digit.
func startsWithDigit(s string) bool {
	return s != "" && s[0] >= '0' && s[0] <= '9'
}
