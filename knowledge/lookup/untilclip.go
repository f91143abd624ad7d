package lookup

import "strings"

// "Till" and "til" typed for "until" (part of stage 2). "Till" is the
// older word, a preposition and conjunction meaning "until", and "'til"
// (also typed "til") a later shortening of "until" (Merriam-Webster,
// "till" preposition and conjunction, and its usage note on "'til";
// Quirk et al. 1985, §14.12, list "till" beside "until" among the
// subordinators of time). Chat types either ("how many hours till it
// reopened"); the article writes "until" or states the span. "Till" is
// also a noun (a cash drawer; soil), which a determiner or possessive
// before it marks ("the till", "her till"), and then it stays.

// untilForm returns "until" when the question word core, after prev, is
// "till", "til" or "'til" used for "until"; "" otherwise.
func untilForm(prev, core string) string {
	switch strings.TrimPrefix(core, "'") {
	case "til":
		return "until"
	case "till":
		if !determiners[prev] && !possessivePronouns[prev] && !strings.HasSuffix(prev, "'s") {
			return "until"
		}
	}
	return ""
}

// previousField is the word before field i of a question, lower-cased,
// or "" for the first.
func previousField(fields []string, i int) string {
	if i == 0 {
		return ""
	}
	return strings.ToLower(fields[i-1])
}
