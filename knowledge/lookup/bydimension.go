package lookup

import "strings"

// The size of a flat or solid thing told in two or three lengths joined by
// "by" (part of stage 1): "The rug is 9 feet by 12 feet", "a canvas 4 by
// 6 feet". AP style writes dimensions so (AP Stylebook, "dimensions": "The
// rug is 9 feet by 12 feet"), and the lengths together are the one size
// asked by "how big": the answer gives them all, not the first length.

// joinDimensions makes each length followed by "by" and another length
// ("4 feet by 6 feet") one quantity: its text runs over both and its unit
// is the last length's, so a bare first figure ("4 by 6 feet") takes the
// unit written once after the last. Only "by" may stand between them.
func joinDimensions(s string, toks []token, qs []quantity) []quantity {
	out := qs[:0:0]
	for i := 0; i < len(qs); i++ {
		q := qs[i]
		for i+1 < len(qs) && byDimension(s, toks, q, qs[i+1]) {
			q.end, q.unit, q.noun = qs[i+1].end, qs[i+1].unit, qs[i+1].noun
			q.text = strings.TrimRight(s[toks[q.tok].start:toks[q.end-1].end], ",;:")
			i++
		}
		out = append(out, q)
	}
	return out
}

// byDimension reports whether b is a length that "by" joins to a, a length
// too or a bare figure standing for one in b's unit.
func byDimension(s string, toks []token, a, b quantity) bool {
	if a.kind != qCount || b.kind != qCount || measureOf(b.unit) != "length" {
		return false
	}
	if a.unit != "" && measureOf(a.unit) != "length" {
		return false
	}
	if a.end == 0 || b.tok != a.end+1 || toks[a.end].lower != "by" {
		return false
	}
	return strings.TrimSpace(s[toks[a.end-1].end:toks[b.tok].start]) == "by"
}
