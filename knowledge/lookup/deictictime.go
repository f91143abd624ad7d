package lookup

import "strings"

// Now and then (part of stage 4, numbers): a question that asks what a
// figure is "now" wants the figure the article gives for the present, and
// one that asks what it was "then" or "back then", the figure of the past
// time the story is about. News writing sets the two side by side ("It
// was valued then at about $15,000. Experts now put its worth at $1.2
// million"), each marked by a deictic time adverb (Quirk et al., §8.55,
// §8.58: the time-position adverbs "now", "then", "today", and
// "originally", "formerly" for an earlier time).

// presentAdverbs and pastAdverbs are the time-position adverbs that set
// a figure in the present or in a past time (Quirk et al., §8.55).
var (
	presentAdverbs = set("now", "today", "currently", "nowadays", "presently")
	pastAdverbs    = set("then", "originally", "formerly", "previously", "initially")
)

// deixis is +1 when the tokens hold a present-time adverb (or the
// adjective of time "current": Quirk et al. 1985, §7.36) only, -1 when a
// past-time adverb only, 0 otherwise. "Then" after "and" or opening its
// clause orders events ("and then left"), it dates nothing.
func deixis(toks []token) int {
	present, past := false, false
	for i, t := range toks {
		switch {
		case presentAdverbs[t.lower] || t.lower == "current" && !t.cap:
			present = true // "The current minimum wage is $8.25": the adjective of time sets its noun in the present as "now" does its clause
		case pastAdverbs[t.lower]:
			if t.lower == "then" && (i == 0 || toks[i-1].lower == "and" || toks[i-1].lower == "but" || toks[i-1].lower == "since") {
				continue
			}
			past = true
		}
	}
	switch {
	case present && !past:
		return 1
	case past && !present:
		return -1
	}
	return 0
}

// deicticWeight weighs number n's clause by its time adverb against the
// question's: 1 when both set the figure in the same time, -2 when the
// sentence sets it in the other, 0 when either has none.
func deicticWeight(q *query, s *sentence, n quantity) float64 {
	a := deixis(q.toks)
	if a == 0 {
		return 0
	}
	switch b := deixis(semicolonClause(s, n)); {
	case b == a:
		return 1
	case b == -a:
		return -2
	}
	return 0
}

// semicolonClause is the part of s between the semicolons around figure
// n, the whole sentence when it has none: a semicolon joins independent
// clauses (Quirk et al. 1985, App. III.15), each with its own time
// adverbs ("Each cub weighed about 2 pounds at birth; both now weigh
// about 9 pounds").
func semicolonClause(s *sentence, n quantity) []token {
	from, to := 0, len(s.toks)
	for k := 1; k < len(s.toks); k++ {
		if !strings.Contains(s.text[s.toks[k-1].end:s.toks[k].start], ";") {
			continue
		}
		if k <= n.tok {
			from = k
		} else if k < to {
			to = k
			break
		}
	}
	return s.toks[from:to]
}
