package lookup

// "No other injuries were reported" (part of stage 5, yes/no). "Other"
// refers back to members of a set already told (Quirk et al., §5.52, §6.56
// on "other" as a postdeterminer of anaphoric reference), and so do
// "further" and "additional": a denial of "other" injuries presupposes
// the injury told before it, and answers "was anyone hurt" Yes with that
// sentence, not No and not "does not say".

// anaphoricPostdeterminers follow "no" in a denial that presupposes a
// member of the set told before (Quirk et al., §5.52).
var anaphoricPostdeterminers = set("other", "further", "additional")

// deniesOnlyOthers reports whether a matched word of s stands right after
// "no other" (or "no further", "no additional").
func deniesOnlyOthers(s *sentence, matched []int) bool {
	for _, m := range matched {
		if m >= 1 && noOtherAt(s.toks, m-1) {
			return true
		}
	}
	return false
}

// noOtherAt reports whether token k is "other", "further" or
// "additional" right after "no".
func noOtherAt(toks []token, k int) bool {
	return k >= 1 && anaphoricPostdeterminers[toks[k].lower] && toks[k-1].lower == "no"
}

// toldBeforeOthers answers a yes/no question whose best sentence, or the
// sentence after it, denies only "other" instances of what was asked:
// Yes, with the sentence before the denial in its paragraph (one or two
// back) that holds a word of the question undenied.
func (e *Engine) toldBeforeOthers(q *query, c candidate) (reply, bool) {
	if q.negated || !e.othersDeniedNear(c.s) {
		return reply{}, false
	}
	ranked := e.rank(q, nil)
	for _, d := range ranked {
		s := &e.r.sents[d.s]
		if d.s < c.s || d.s-c.s > 2 || !deniesOnlyOthers(s, d.matched) {
			continue
		}
		for _, o := range ranked {
			p := &e.r.sents[o.s]
			if o.s >= d.s || d.s-o.s > 2 || p.para != s.para || len(o.matched) == 0 || e.denies(p, o.matched) {
				continue
			}
			if o.s == c.s || d.s == c.s {
				return reply{found: true, head: "Yes —", used: []*sentence{p, s}}, true
			}
		}
	}
	return reply{}, false
}

// othersDeniedNear reports whether sentence i or one of the two after it
// writes "no other" (or "no further", "no additional"): the cheap test
// before the ranking toldBeforeOthers needs, which most yes/no questions
// then skip.
func (e *Engine) othersDeniedNear(i int) bool {
	for n := i; n < len(e.r.sents) && n <= i+2; n++ {
		toks := e.r.sents[n].toks
		for k := range toks {
			if noOtherAt(toks, k) {
				return true
			}
		}
	}
	return false
}
