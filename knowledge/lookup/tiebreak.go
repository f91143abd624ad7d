package lookup

import "strings"

// tiebreakPoints drops from qs the bare figure in parentheses straight
// after a set score ("7-6 (5)"): AP style gives a tiebreaker's loser's
// points so (AP Stylebook, "tennis": "6-3, 6-7 (5-7), 7-6 (7-3)", or the
// loser's points alone), a part of the score that counts nothing the
// sentence names.
func tiebreakPoints(s string, toks []token, qs []quantity) []quantity {
	out := qs[:0]
	for i, n := range qs {
		if i > 0 && n.kind == qCount && n.unit == "" && qs[i-1].kind == qScore && n.tok == qs[i-1].end && n.tok > 0 && n.end <= len(toks) {
			before := strings.TrimSpace(s[toks[n.tok-1].end:toks[n.tok].start])
			after := ""
			if n.end < len(toks) {
				after = s[toks[n.end-1].end:toks[n.end].start]
			} else {
				after = s[toks[n.end-1].end:]
			}
			if before == "(" && strings.HasPrefix(strings.TrimSpace(after), ")") {
				continue
			}
		}
		out = append(out, n)
	}
	return out
}
