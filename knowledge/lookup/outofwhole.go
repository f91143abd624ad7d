package lookup

// "N out of M" (part of stage 1, numbers). A proportion written with "out
// of" compares a part with the whole it is taken from, both counts of one
// kind (Quirk et al. 1985, §5.8 on partitives; "412 votes out of about
// 9,800 cast"), so a whole written without its noun counts what the part
// counts, and a participle after it ("cast", "tested") postmodifies the
// elided noun, as in "9,800 votes cast": it is no noun counted.

// outOfWhole gives each count that follows "out of" (past an
// approximator) the unit of the count before it, and marks the two as
// part and whole, when it has no noun of its own or its noun is a verb's
// participle.
func outOfWhole(s string, toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n, p := &qs[i], &qs[i-1]
		if n.kind != qCount || p.kind != qCount || p.unit == "" || n.unit == p.unit {
			continue
		}
		k := n.tok - 1
		if k >= 0 && spanCues[toks[k].lower] {
			k-- // "out of about 9,800"
		}
		if k < 1 || toks[k].lower != "of" || toks[k-1].lower != "out" || k-1 < p.end {
			continue
		}
		end := n.numEnd(toks)
		if n.unit != "" && !participleAt(toks, end) {
			continue // "three out of four doctors": a noun of its own
		}
		n.unit, n.noun, n.mods, n.end = p.unit, p.noun, p.mods, end
		n.text = s[toks[n.tok].start:toks[end-1].end]
		n.whole, p.part = true, true
	}
}

// participleAt reports whether token k is a past participle of a verb
// that may postmodify a count's elided noun: an -ed form or one of the
// irregular participles news writing counts ballots and tests by.
func participleAt(toks []token, k int) bool {
	if k >= len(toks) {
		return false
	}
	w := toks[k].lower
	return len(w) > 3 && w[len(w)-2:] == "ed" || irregularCountParticiples[w]
}

// irregularCountParticiples are the irregular past participles that
// postmodify a count ("9,800 cast", "200 sold", "40 taken"): those of
// English's irregular verbs of handling and giving (Quirk et al., App.
// I.54 on irregular verbs).
var irregularCountParticiples = set("cast", "sold", "taken", "given", "held", "bought", "made", "built", "caught", "seen", "shot", "hit", "won", "lost", "spent")
