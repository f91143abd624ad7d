package lookup

// Timeliness (part of stage 4, yes/no): "did it open on time" asks where
// an act fell against the time expected for it, on the scale early, on
// time, late. Its points are incompatible alternatives on one scale
// (Horn, "A Natural History of Negation", 1989, ch. 4, on scalar
// alternatives; Quirk et al. 1985, §11.5, a yes-no question asks whether
// its proposition holds): a project told as opened "four months late" did
// not open on time, a pool that "will open on time" will not open late.
// The points are WordNet 3.0's adjective "early" and its antonym "late"
// ("being or occurring at an advanced period of time or after a usual or
// expected time"), its adverb "on time" ({on time, promptly, on the dot}),
// and the news idioms "on schedule", "ahead of schedule" and "behind
// schedule". "Late" and "early" before another word tell a part of a
// period or a kind ("early Tuesday", "late last year", "the late mayor",
// "a late start"; Quirk et al. 1985, ch. 8 on adjuncts of time), no point
// of this scale; after the act, closing its clause ("opened late"), they
// are one.

// timelinessWords are the question's words of the scale itself, which
// the evidence need not hold: its point says them.
var timelinessWords = set("late", "early", "time", "schedule", "ahead", "behind")

// timelinessFollowers may follow a point of the scale in its clause:
// the conjunctions and prepositions that open what comes after it
// ("late because of", "early to the meeting", "late than expected").
var timelinessFollowers = set("because", "after", "than", "and", "but", "for", "due", "as", "when", "since", "to", "again")

// degreeBefore are the premodifiers of excess and degree ("too late to
// sign up", "so early that"; Quirk et al. 1985, §16.76 on "too" and "so"
// with an infinitive or a clause of result), which make "late" and
// "early" a degree against a limit, not a point against the time expected.
var degreeBefore = set("too", "so")

// timelinessPoint is the point of the scale toks tell (-1 early, 0 on
// time, +1 late), the token it starts at, and whether they tell one;
// punct(k) reports whether punctuation stands before token k.
func timelinessPoint(toks []token, punct func(int) bool) (int, int, bool) {
	for k, t := range toks {
		next := ""
		if k+1 < len(toks) {
			next = toks[k+1].lower
		}
		switch {
		case t.lower == "on" && (next == "time" || next == "schedule"):
			return 0, k, true
		case t.lower == "behind" && next == "schedule":
			return 1, k, true
		case t.lower == "ahead" && next == "of" && k+2 < len(toks) && toks[k+2].lower == "schedule":
			return -1, k, true
		case t.lower == "late" || t.lower == "early":
			if next != "" && !punct(k+1) && !timelinessFollowers[next] || k > 0 && degreeBefore[toks[k-1].lower] {
				continue // "early Tuesday", "the late mayor"; "too late to apply", a degree, no point
			}
			if t.lower == "late" {
				return 1, k, true
			}
			return -1, k, true
		}
	}
	return 0, -1, false
}

// timelinessVerdict answers a yes/no question asking an act's point on
// the scale of timeliness from the first of the best sentences that holds
// every other content word of the question: Yes when it tells the point
// asked, No when another, and no verdict when it tells none (the act
// told, "the first boat left Thursday", is not the question's focus). A
// past question is not settled by a sentence that gives the act as to
// come ("is expected to open late").
func (e *Engine) timelinessVerdict(q *query) (reply, bool) {
	asked, _, ok := timelinessPoint(q.toks, func(int) bool { return false })
	if !ok || q.negated {
		return reply{}, false
	}
	var rest []term
	for _, t := range q.terms {
		if !timelinessWords[t.lower] && !lightVerbs[t.lower] {
			rest = append(rest, t)
		}
	}
	if len(rest) == 0 {
		return reply{}, false
	}
	var first *sentence
	for n, c := range e.rank(q, nil) {
		if n == maxRestated {
			break
		}
		s := &e.r.sents[c.s]
		if !e.heldAsTold(q, s, rest) {
			continue
		}
		told, at, ok := timelinessPoint(s.toks, func(k int) bool { return punctuatedBetween(s.text, s.toks, k) || k == len(s.toks) })
		if !ok || negatedVerb(s, at) {
			if first == nil {
				first = s
			}
			continue
		}
		head := "Yes —"
		if told != asked {
			head = "No —"
		}
		return reply{found: true, head: head, used: []*sentence{s}}, true
	}
	if first != nil {
		// the act told, its time against the expected one not: no verdict
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{first}}, true
	}
	return reply{}, false
}

// heldAsTold reports whether s holds every one of terms, as told (not
// only as to come) when q asks of the past or present.
func (e *Engine) heldAsTold(q *query, s *sentence, terms []term) bool {
	for _, t := range terms {
		at := termAt(s, t)
		if len(at) == 0 && !phraseIn(s, t) {
			return false
		}
		if !asksFuture(q) && len(at) > 0 && intended(s, at) {
			return false
		}
	}
	return true
}
