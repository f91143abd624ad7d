package lookup

import "strings"

// inheritElidedSubject gives a bare count that is the subject of a
// coordinated clause the noun of the count that is the subject of the
// clause before it: "About 21,000 people registered for the race, and
// 19,105 started" counts people in 19,105. The second clause repeats the
// first one's frame, a count and then its verb, and leaves out the head
// noun it repeats (Quirk et al. 1985, §12.41, ellipsis of the noun phrase
// head; §13.93, parallel coordinate clauses). A word in -ed after "many"
// is a verb, since "many" takes a plural count noun (§5.23), so the
// number's "unit" read there is the clause's verb and no noun.
func inheritElidedSubject(s string, toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n := &qs[i]
		k := frameWord(toks, n.tok)
		if n.kind != qCount || k < 0 || !coordinators[toks[k].lower] || !clauseVerbAt(toks, n.numEnd(toks)) {
			continue
		}
		for p := i - 1; p >= 0; p-- {
			prev := qs[p]
			if prev.kind != qCount || prev.unit == "" {
				continue
			}
			if clauseVerbAt(toks, prev.end) && !clauseVerbAt(toks, prev.tok+1) {
				n.unit, n.noun, n.mods = prev.unit, prev.noun, prev.mods
				n.end = n.numEnd(toks) // the verb is the predicate's, after the count
				n.text = s[toks[n.tok].start:toks[n.end-1].end]
			}
			break
		}
	}
}

// clauseVerbAt reports whether token k can be a finite verb right after a
// subject: a past form in -ed or a form of "be" or "have".
func clauseVerbAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].lower
	switch w {
	case "were", "was", "are", "have", "had":
		return true
	}
	return strings.HasSuffix(w, "ed") && !toks[k].cap
}

// pastVerbFirst reports whether the words after "how many" open with a
// past form in -ed followed by nothing or by a word that is no plural
// noun ("how many started the race"): "many" takes a plural count noun (Quirk et al.,
// §5.23), so such a word is the verb of "many" as the subject, while
// before a plural it is a participle premodifier ("how many registered
// voters", §17.98).
func pastVerbFirst(fields []string) bool {
	if len(fields) == 0 {
		return false
	}
	w, next := strings.Trim(fields[0], "?!.,"), ""
	if len(fields) > 1 {
		next = strings.Trim(fields[1], "?!.,")
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !plural(next) && next != "people" && !peopleWords[next]
}
