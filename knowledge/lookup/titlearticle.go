package lookup

import "strings"

// A few courtesy titles take the definite article before them: AP style
// writes "the Rev. Jane Doe" on first reference (AP Stylebook, "Rev."),
// and "the Most Rev.", "the Honorable" the same way (Chicago Manual of
// Style, §10.18 on "the Reverend"). So "named the Rev. Michael Okonkwo …
// as bishop" names him with an appointing verb as surely as "named
// Deputy Chief Ruth Okada … as interim chief": the "the" belongs to the
// title, not to a noun phrase of another clause.

// articledTitles are the titles that take "the" before them (AP
// Stylebook, "Rev."; Chicago Manual of Style, §10.18).
var articledTitles = set("rev", "reverend", "honorable", "hon", "most")

// titleArticle reports whether field k of f is the "the" of a title that
// takes one, written with a capital ("the Rev.", not "the most").
func titleArticle(f []string, k int) bool {
	if strings.ToLower(f[k]) != "the" || k+1 >= len(f) {
		return false
	}
	next := strings.Trim(f[k+1], ".,")
	return next != strings.ToLower(next) && articledTitles[strings.ToLower(next)]
}
