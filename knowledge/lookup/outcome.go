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
	if asked < 0 || len(rest) == 0 && len(q.subjects) == 0 {
		return reply{}, false // "did Question 3 pass": the proposal may be a name (numberedBodyHeads, knowledge)
	}
	sub := *q
	sub.terms = rest
	if r, ok := e.amongClosest(&sub, e.resultTold); ok {
		return r, true
	}
	if len(rest) == 0 {
		if r, ok := e.namedResultTold(&sub); ok {
			return r, true // "did Question 3 pass": "Voters also approved Question 3"
		}
	}
	if !carriedLast(q) {
		return reply{}, false // "did the house pass it": the body's act, not the proposal's fate
	}
	for _, c := range e.rank(&sub, nil) {
		if c.coverage >= 0.75 && len(c.matched) > 0 || len(sub.terms) == 0 && c.subjects == len(sub.subjects) {
			if r, ok := majorityVote(&e.r.sents[c.s]); ok {
				return r, true // "did the bill pass": "The Oregon Senate voted 19-10 … sending the bill to the House"
			}
		}
	}
	return reply{}, false
}

// namedResultTold is resultTold for a proposal the question names only
// by its name: in the three best sentences that name it, the name's
// tokens stand for the matched words.
func (e *Engine) namedResultTold(q *query) (reply, bool) {
	for rank, c := range e.rank(q, nil) {
		if rank > 2 {
			break
		}
		if c.subjects < len(q.subjects) {
			continue
		}
		s := &e.r.sents[c.s]
		at := e.position(s, q.subjects[0])
		n := e.formAt(s, q.subjects[0], at)
		if n == 0 {
			continue
		}
		named := c
		named.matched = nil
		for k := at; k < at+n; k++ {
			named.matched = append(named.matched, k)
		}
		if r, ok := e.resultTold(named); ok {
			return r, true
		}
	}
	return reply{}, false
}

// carriedLast reports whether the question ends with its verb of
// carrying ("did the bill pass", "did it go through"), so that its
// subject is the proposal, not the body that votes on one.
func carriedLast(q *query) bool {
	n := len(q.toks)
	return n > 0 && (carriedWords[q.toks[n-1].lower] || n > 1 && carriedWords[q.toks[n-2].lower+" "+q.toks[n-1].lower])
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

// majorityVote reads a vote taken by tally in s, "voted N-M to …": a
// motion is carried by a majority of the votes cast (Robert's Rules of
// Order, 12th ed., §1:6 and §44:1 on the majority vote), so more for than
// against is a Yes and fewer a No. The verb must be "voted", right
// before the tally or before it and a time, and the tally must not be
// negated.
func majorityVote(s *sentence) (reply, bool) {
	t := tallyIn(s)
	if t == nil || t.tok < 1 {
		return reply{}, false
	}
	v := t.tok - 1
	if s.toks[v].lower != "voted" || negatedVerbGroup(s, v) {
		return reply{}, false
	}
	text := s.text[s.toks[t.tok].start:s.toks[t.end-1].end]
	yes, no := tallySideOf(text, false), tallySideOf(text, true)
	switch {
	case yes > no:
		return reply{found: true, head: "Yes — by a vote of " + text + ":", used: []*sentence{s}}, true
	case yes < no:
		return reply{found: true, head: "No — by a vote of " + text + ":", used: []*sentence{s}}, true
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
