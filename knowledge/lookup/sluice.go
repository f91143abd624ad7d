package lookup

import (
	"regexp"
	"strings"
)

// Sluicing (part of stage 2): a question may end in a bare wh-word
// coordinated with a whole wh-question ("what was the strongest gust and
// where"). The bare wh-word stands for the clause before it with its own
// wh-phrase in place of the first one (Ross, "Guess who?", CLS 5, 1969;
// Merchant, "The Syntax of Silence", 2001), so the question asks two
// things: "what was the strongest gust" and "where was the strongest
// gust".

// sluiceRe is a wh-question opened by a one-word wh-phrase and an
// auxiliary, then "and" and a bare wh-word.
var sluiceRe = regexp.MustCompile(`(?i)^(.*?\b)(what|who|when|where|which|why)\s+(` + auxiliaryForms + `)\b(.*?)[\s,]+and\s+(where|when|why|who|how)\s*[?!.]*$`)

// auxiliaryForms are the auxiliaries a sluiced clause is rebuilt with.
const auxiliaryForms = `is|was|are|were|did|does|do|has|have|had|will|would`

// sluiced returns the two questions of a question ending in a sluice, or
// nil.
func sluiced(text string) []string {
	m := sluiceRe.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil || strings.EqualFold(m[2], m[5]) {
		return nil
	}
	clause := m[3] + m[4]
	return []string{m[1] + m[2] + " " + clause, m[5] + " " + clause}
}
