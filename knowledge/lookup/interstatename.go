package lookup

import "strings"

// Interstate names (part of stage 2, reading the question's names). AP
// writes a highway of the Interstate system "Interstate 95" on first
// reference and "I-95" after it (AP Stylebook, "interstate"), and chat
// types either, or "I95" and "I 95". The question's form is written as
// the article writes it, so the road is found by its name.

// interstateAbbrev is "I-95", "I 95" or "I95" as a word; interstateFull
// is "Interstate 95".
var (
	interstateAbbrev = lazyRE(`(?i)\bI(?:-| )?(\d{1,3})\b`)
	interstateFull   = lazyRE(`(?i)\binterstate (\d{1,3})\b`)
)

// interstateNames writes the question's interstate names in the form the
// article uses: "I-N" where the article writes that, else "Interstate N"
// where it writes "Interstate" ("the interstate" alone names no number).
func (e *Engine) interstateNames(text string) string {
	if !strings.ContainsAny(text, "0123456789") {
		return text
	}
	text = interstateAbbrev.ReplaceAllStringFunc(text, func(m string) string {
		n := interstateAbbrev.FindStringSubmatch(m)[1]
		switch {
		case e.r.words["i-"+n]:
			return "I-" + n // "i70": the article's "I-70"
		case e.r.words["interstate"]:
			return "Interstate " + n
		}
		return m
	})
	return interstateFull.ReplaceAllStringFunc(text, func(m string) string {
		n := interstateFull.FindStringSubmatch(m)[1]
		if e.r.words["i-"+n] {
			return "I-" + n
		}
		return m
	})
}
