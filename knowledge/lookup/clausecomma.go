package lookup

import (
	"strings"

	"storybot/knowledge"
)

// A comma ends a clause, except the commas that punctuation rules put
// inside a single phrase. Two such rules of the AP Stylebook are read
// here: a comma sets off the year of a full date ("Aug. 9, 2024"; the
// "dates" and "months" entries) and a pair of commas sets off a state
// after its city ("near Minden, Neb., on Aug. 9"; the "state names" and
// "comma" entries). Neither comma ends the clause the phrase stands in.

// clauseComma is the byte offset in s.text of the first comma,
// semicolon or dash at or after byte from that ends a clause, or the
// length of the text when none does.
func clauseComma(s *sentence, from int) int {
	for i := from; i < len(s.text); {
		j := strings.IndexAny(s.text[i:], ",;—")
		if j < 0 {
			break
		}
		at := i + j
		if s.text[at] == ',' && (insideTime(s, at) || setsOffState(s.text, at)) {
			i = at + 1
			continue
		}
		return at
	}
	return len(s.text)
}

// setsOffState reports whether the comma at byte at of text is one of
// the pair that sets off a U.S. state after its city: it comes before
// a state's name or AP abbreviation that is closed by another comma or
// the sentence's end, or it closes one that a comma opened.
func setsOffState(text string, at int) bool {
	if _, ok := cityStateAfter(text, at); ok {
		return true
	}
	open := strings.LastIndexByte(text[:at], ',')
	if open < 0 {
		return false
	}
	end, ok := cityStateAfter(text, open)
	return ok && end == at
}

// cityStateAfter reads the words after the comma at byte at of text up to
// the next comma, semicolon or dash (or the text's end, less a final
// period that is not an abbreviation's): ok when they name a U.S. state
// and the word before the comma is capitalised, as a city's name is.
// end is the byte of the punctuation that closes them, or -1 at the
// text's end.
func cityStateAfter(text string, at int) (end int, ok bool) {
	before := strings.TrimSpace(text[:at])
	if i := strings.LastIndexAny(before, " ("); i >= 0 {
		before = before[i+1:]
	}
	if before == "" || !isUpper(before[0]) {
		return 0, false
	}
	rest := text[at+1:]
	end = -1
	if i := strings.IndexAny(rest, ",;—"); i >= 0 {
		rest, end = rest[:i], at+1+i
	}
	name := strings.TrimSpace(rest)
	if end < 0 && knowledge.USState(name) == "" {
		name = strings.TrimSuffix(name, ".") // the sentence's own period
	}
	if name == "" || strings.Count(name, " ") > 2 || knowledge.USState(name) == "" {
		return 0, false
	}
	return end, true
}

// isUpper reports whether the byte b is an ASCII capital letter.
func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }
