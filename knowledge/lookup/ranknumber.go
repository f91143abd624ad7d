package lookup

import (
	"strconv"
	"strings"
)

// "Number one" asked of "No. 1" (part of stage 2): AP style writes a
// position or rank with the abbreviation "No." and a figure ("the No. 1
// spot", "No. 3 seed"; AP Stylebook, "No."), while chat spells it as
// speech does, "number one" or "number 1". Where the article writes "No."
// the question's "number" and the number after it are its "No." and its
// figure, so the ranked thing is found as the article writes it, and
// "one" is not read as a word with synonyms of its own ("unit").

// spelledRank is "number" or "num" and a number in words up to twenty or
// a figure.
var spelledRank = lazyRE(`(?i)\b(?:number|num)\s+(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b`)

// rankNumbers writes each spelledRank of text as "No." and a figure when
// the article writes "No." (read once, with its words).
func (e *Engine) rankNumbers(text string) string {
	if !e.r.words["no."] {
		return text
	}
	return spelledRank.ReplaceAllStringFunc(text, func(m string) string {
		n := spelledRank.FindStringSubmatch(m)[1]
		if v, ok := numberWords[strings.ToLower(n)]; ok {
			n = strconv.Itoa(int(v))
		}
		return "No. " + n
	})
}
