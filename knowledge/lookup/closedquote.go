package lookup

import "strings"

// A figure's words keep their quotation marks in pairs (part of stage 4).
// News writing puts a coined or borrowed term in quotation marks (AP
// Stylebook, "quotation marks": "irony" and "unfamiliar terms": 1,200
// "cool rooms"). A count's noun phrase taken up to the noun ends before
// the closing mark, and the answer would open a quotation it never
// closes, which reads as the start of a quotation, not as the term.

// closedQuote closes the quotation mark phrase opens and leaves open:
// `1,200 "cool rooms` becomes `1,200 "cool rooms"`. A phrase with its
// marks in pairs is returned as it is.
func closedQuote(phrase string) string {
	if strings.Count(phrase, `"`)%2 == 1 && !strings.HasSuffix(phrase, `"`) {
		return phrase + `"`
	}
	if strings.Count(phrase, "“") > strings.Count(phrase, "”") && !strings.HasSuffix(phrase, "“") {
		return phrase + "”"
	}
	return phrase
}
