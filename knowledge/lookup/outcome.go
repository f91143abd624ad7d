package lookup

// The outcome of a vote (part of stage 4, yes/no): "did the exemption go
// through?" asks whether a proposal was carried. A motion put to a vote
// is "adopted", "carried" or "passed", or it "fails" or is "defeated",
// "rejected" (Robert's Rules of Order, 12th ed., §4:41–4:47 on announcing
// the result), so a sentence that tells the proposal's result in one of
// those words answers yes or no, though it never uses the question's
// verb. News copy often tells the result in the sentence after the one
// that offers the proposal, its subject a pronoun for it ("… offered an
// amendment to exempt the city's 19 historic districts. It failed 3-4"):
// a sentence-initial "it" continues the topic of the sentence before
// (Halliday and Hasan, "Cohesion in English", 1976, §2.3).

// carriedWords are the question's verbs that ask whether a proposal was
// carried.
var carriedWords = set("pass", "passed", "carry", "carried", "adopt", "adopted", "approve",
	"approved", "go through", "succeed", "succeeded")

// passedForms tell that a proposal was carried; failedForms that it was
// not.
var (
	passedForms = set("passed", "carried", "adopted", "approved", "succeeded")
	failedForms = set("failed", "fails", "defeated", "rejected")
)

// voteOutcome answers "did <proposal> pass / go through" from the
// sentence telling the proposal's result.
func (e *Engine) voteOutcome(q *query) (reply, bool) {
	if q.negated {
		return reply{}, false
	}
	asked := -1
	var rest []term
	for i, t := range q.terms {
		if carriedWords[t.lower] {
			asked = i
			continue
		}
		rest = append(rest, t)
	}
	if asked < 0 || len(rest) == 0 {
		return reply{}, false
	}
	sub := *q
	sub.terms = rest
	return e.amongClosest(&sub, e.resultTold)
}

// resultTold finds the result of the proposal candidate c names: a verb
// of result after its words in its own sentence, or just before them as
// the verb they are the object of, or opening the next sentence after
// "it".
func (e *Engine) resultTold(c candidate) (reply, bool) {
	s := &e.r.sents[c.s]
	first, last := len(s.toks), -1
	for _, m := range c.matched {
		first, last = min(first, m), max(last, m)
	}
	for k := last + 1; k < len(s.toks) && k <= last+4; k++ {
		if r, ok := resultAt(s, k, nil); ok {
			return r, true
		}
	}
	// the active clause puts the proposal after the verb: "voters
	// approved Question 3", "the House rejected the amendment"
	for k := first - 1; k >= 0 && k >= first-3; k-- {
		if r, ok := resultAt(s, k, nil); ok {
			return r, true
		}
		if !determiners[s.toks[k].lower] && !s.toks[k].cap {
			break // past the proposal's determiner and name ("Question 3")
		}
	}
	if c.s+1 >= len(e.r.sents) {
		return reply{}, false
	}
	n := &e.r.sents[c.s+1]
	if len(n.toks) < 2 || n.para != s.para {
		return reply{}, false
	}
	if n.toks[0].lower == "it" {
		return resultAt(n, 1, s)
	}
	if k, ok := repeatedHead(s, n, c.matched); ok {
		return resultAt(n, k, s) // "… offered an amendment that would have let …" "The amendment failed 19-31."
	}
	return reply{}, false
}

// repeatedHead reports whether next opens with "the" and a word of s the
// question matched ("The amendment"), so continues its topic by
// reiteration (Halliday and Hasan, "Cohesion in English", 1976, §6.1:
// a repeated noun with "the" refers back), and returns the index of the
// token after that word, where the verb of result stands.
func repeatedHead(s, next *sentence, matched []int) (int, bool) {
	if len(next.toks) < 3 || next.toks[0].lower != "the" {
		return 0, false
	}
	for _, m := range matched {
		if s.toks[m].stem == next.toks[1].stem {
			return 2, true
		}
	}
	return 0, false
}

// resultAt reads a verb of result at token k of s, not negated in its
// verb group ("has not yet approved" tells no result): yes for a
// proposal carried, no for one that failed. before, when given, is the
// sentence that offered the proposal, cited first.
func resultAt(s *sentence, k int, before *sentence) (reply, bool) {
	w := s.toks[k].lower
	if negatedVerbGroup(s, k) {
		return reply{}, false
	}
	used := []*sentence{s}
	if before != nil {
		used = []*sentence{before, s}
	}
	switch {
	case failedForms[w]:
		return reply{found: true, head: "No — " + w + ":", used: used}, true
	case passedForms[w]:
		return reply{found: true, head: "Yes — " + w + ":", used: used}, true
	}
	return reply{}, false
}

// amongClosest returns the first reply try gives for one of the three
// best-ranked candidates of q that hold it nearly whole (three quarters
// of its term weight) with some word matched.
func (e *Engine) amongClosest(q *query, try func(candidate) (reply, bool)) (reply, bool) {
	for rank, c := range e.rank(q, nil) {
		if rank > 2 {
			break
		}
		if !e.holds(q, c) || c.coverage < 0.75 || len(c.matched) == 0 {
			continue
		}
		if r, ok := try(c); ok {
			return r, true
		}
	}
	return reply{}, false
}
