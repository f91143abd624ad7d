package lookup

import "strings"

// The clause of time (part of stage 4, times): "when will the airline fly
// smaller planes" of "The airline will use turboprops while the main
// runway is closed." A subordinate clause introduced by when, whenever,
// while, until, till, before or after is an adverbial of time of its
// main clause (Quirk et al., A Comprehensive Grammar, §15.25), and so is
// itself the answer to "when" of the act its main clause tells, when the
// sentence names no time expression of its own and its paragraph none
// before it (paragraphtime.go, which is asked first).

// clauseTimeSubordinators open an adverbial clause of time (Quirk et al.
// §15.25); "as", "since" and "once" are left out, as they as often mark
// reason or manner, or are adverbs ("once a week").
var clauseTimeSubordinators = set("when", "whenever", "while", "until", "till", "before", "after")

// nominalWhenHeads are the words after which a when-clause is a nominal
// clause, an indirect question ("did not say when", "unclear when"), not
// an adverbial of time (Quirk et al. §15.5): the verbs of saying and
// knowing and the adjectives of certainty.
var nominalWhenHeads = set("know", "knows", "knew", "known", "ask", "asked", "asks", "decide", "decided", "unclear", "clear", "sure", "certain", "uncertain", "wonder", "wondered", "announce", "announced", "determine", "determined", "predict", "estimate", "say", "said", "says", "tell", "told", "specify", "specified")

// clauseTime answers "when …" with the clause of time of the sentence that
// tells the act asked (paragraphTold), when that sentence names no time
// of its own but the time of its telling ("the town said Wednesday"); a
// question for a clock time or a date asks no clause.
func (e *Engine) clauseTime(q *query) (reply, bool) {
	low := strings.ToLower(q.raw)
	if strings.Contains(low, "time") || dayAsked.MatchString(low) {
		return reply{}, false
	}
	c, ok := e.best(q, nil)
	if !ok || !e.paragraphTold(q, c) {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if s.part != "" || !onlyReportTimes(s) {
		return reply{}, false
	}
	ph, ok := timeClauseOf(s, c.matched)
	if !ok {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(ph) + ".", used: []*sentence{s}}, true
}

// timeClauseOf is the first clause of time of s that holds none of the
// matched tokens, from its subordinator to the next comma, semicolon,
// dash or quotation mark: the asked act is the main clause's, and the
// clause dates it. A "when" after a verb of saying or knowing opens an
// indirect question, and a "while" after a comma as often sets a
// contrast (Quirk et al. §15.25, "while" of contrast), so neither is one.
func timeClauseOf(s *sentence, matched []int) (string, bool) {
	for k, t := range s.toks {
		if !clauseTimeSubordinators[t.lower] || k+2 >= len(s.toks) {
			continue
		}
		if k > 0 {
			prev := s.toks[k-1].lower
			gap := s.text[s.toks[k-1].end:t.start]
			if (t.lower == "when" || t.lower == "whenever") && nominalWhenHeads[prev] || t.lower == "while" && strings.Contains(gap, ",") {
				continue
			}
		}
		end := len(s.text)
		if j := strings.IndexAny(s.text[t.end:], ",;—\"“”"); j >= 0 {
			end = t.end + j
		}
		ph := strings.TrimRight(s.text[t.start:end], ". ")
		if len(strings.Fields(ph)) < 3 || holdsMatched(s, matched, t.start, end) {
			continue
		}
		return ph, true
	}
	return "", false
}

// holdsMatched reports whether a token of matched lies between byte
// offsets start and end of s.
func holdsMatched(s *sentence, matched []int, start, end int) bool {
	for _, m := range matched {
		if s.toks[m].start >= start && s.toks[m].end <= end {
			return true
		}
	}
	return false
}

// onlyReportTimes reports whether every time expression of s follows a
// verb of saying within a few words: the time element of the
// attribution, which dates the telling, not the act told (AP Stylebook,
// "time element"; Quirk et al. §8.51 on an adjunct attaching to its own
// clause).
func onlyReportTimes(s *sentence) bool {
	for _, sp := range s.times {
		v := speechVerbBefore(s, sp[0])
		if v < 0 || len(tokenize(s.text[s.toks[v].end:sp[0]])) > 3 {
			return false
		}
	}
	return true
}
