package lookup

// The later level (part of stage 4, numbers). News writing tells a figure
// at its peak and then, in the next sentence, where it stands later,
// naming the figure by an anaphor: "Xcel Energy reported 18,000 customers
// without power at the storm's peak. By Tuesday night, that had fallen to
// about 6,000." The demonstrative stands for the figure before it
// (Halliday and Hasan, "Cohesion in English", 1976, §2.4 on
// demonstrative reference), and "to" after a verb of change gives the new
// level (AP Stylebook, "from … to"). A question of the level now ("how
// many are still without power", "how many now") asks the later one.

// nowWords ask the level at the time of writing by an adverb of time or
// a verb of remaining ("still", "now", "remain"), as currentlevel.go's
// adjectives ("the current fare") do.
var nowWords = set("still", "now", "currently", "remain", "remains", "remaining")

// levelAnaphors stand for a figure told just before.
var levelAnaphors = set("that", "this", "it", "the number", "the figure", "the total", "the count")

// laterLevel is the level the sentence after best's tells its figure
// changed to, when q asks the level now; ok is false otherwise.
func (e *Engine) laterLevel(q *query, best *numberPick) (reply, bool) {
	if best == nil || !askedNow(q) {
		return reply{}, false
	}
	i := best.c.s + 1
	if i >= len(e.r.sents) || e.r.sents[i].para != e.r.sents[best.c.s].para {
		return reply{}, false
	}
	s := &e.r.sents[i]
	at := -1
	for k := 0; k < len(s.toks) && k < 6; k++ {
		if levelAnaphors[s.toks[k].lower] || k+1 < len(s.toks) && levelAnaphors[s.toks[k].lower+" "+s.toks[k+1].lower] {
			at = k
			break
		}
	}
	if at < 0 {
		return reply{}, false
	}
	for _, n := range s.nums {
		k := beforeApproximators(s, n)
		if n.tok > at && n.kind == best.n.kind && k > 0 && s.toks[k].lower == "to" && (n.unit == "" || n.unit == best.n.unit) {
			if _, ok := e.changeDirection(s.toks[k-1].lower); ok {
				r := e.numberReply(q, &numberPick{c: candidate{s: i}, n: n})
				r.used = []*sentence{&e.r.sents[best.c.s], s}
				return r, true
			}
		}
	}
	return reply{}, false
}

// askedNow reports whether q asks the level at the time of writing.
func askedNow(q *query) bool {
	for _, t := range q.toks {
		if nowWords[t.lower] {
			return true
		}
	}
	return false
}
