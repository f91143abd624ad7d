package lookup

import "strings"

// A noun of time asked about (part of stage 2, the answer type). The time
// cue "deadline" is a noun, not an interrogative: "when's the deadline"
// and "what's the deadline" ask the time it names, but in "who set the
// deadline", "why was there a deadline" or "how many days before the
// deadline" the fronted wh-element sets what is asked (Quirk et al., A
// Comprehensive Grammar of the English Language, §11.14), and the noun is
// only what the question is about.

// timeNouns are the nouns the time cue of typeCues matches.
var timeNouns = set("deadline")

// timeNounCue reports whether the time cue first, matched at at, is a
// noun of time that gives way to cue c of another type opening the
// question with a wh-word.
func timeNounCue(s string, first *typeCue, at []int, c *typeCue, loc []int) bool {
	if first.typ != tTime || c.typ == tTime || loc[0] > 1 {
		return false
	}
	return timeNouns[firstField(strings.Fields(s[at[0]:]))] && whWords[firstField(strings.Fields(s[loc[0]:]))]
}
