package lookup

import (
	"fmt"
	"strings"
)

// Connective order (part of stage 4, for ordering two events): one
// sentence may tell both events and order them itself by a temporal
// connective, the preposition or subordinator "after" or "before" ("Hours
// after the storm, … Halvorsen began vomiting"; "scratched Wednesday
// morning, about six hours after his sled broke"; "voted Tuesday night,
// after dozens of residents protested"). What the connective introduces
// happened before the main clause's event when it is "after", and later
// when it is "before" (Quirk et al. 1985, §9.46 on the prepositions of
// time "after"/"before", §15.25 on the finite temporal clauses they
// introduce). News order is not event order (the AP Stylebook's inverted
// pyramid), so the connective, not the place in the story, orders them.

// orderConnectives are the temporal prepositions and subordinators whose
// complement is an event before ("after") or after ("before") the one of
// the clause they attach to (Quirk et al. §9.46, §15.25).
var orderConnectives = map[string]bool{"after": true, "before": false}

// connectiveSplit says, for sentence s and the words two alternatives
// match in it, which alternative stands inside the complement of a
// temporal connective while the other stands outside it, and whether
// that complement happened first: in, out, earlier-in, true. The
// complement runs from the connective to the next comma, semicolon or
// dash, or the sentence's end.
func connectiveSplit(s *sentence, matched [2][]int) (int, bool, bool) {
	for k, t := range s.toks {
		first, ok := orderConnectives[t.lower]
		if !ok || s.quoted != nil && s.quoted[k] {
			continue
		}
		end := k + 1
		for end < len(s.toks) && !strings.ContainsAny(s.text[s.toks[end-1].end:s.toks[end].start], ",;—") {
			end++
		}
		var inside [2]int
		for i, m := range matched {
			for _, x := range m {
				if x > k && x < end {
					inside[i]++
				}
			}
		}
		switch {
		case inside[0] > 0 && inside[1] == 0 && len(matched[1]) > 0:
			return 0, first, true
		case inside[1] > 0 && inside[0] == 0 && len(matched[0]) > 0:
			return 1, first, true
		}
	}
	return 0, false, false
}

// connectiveOrder finds the sentence that holds both alternatives with a
// temporal connective between them, and returns the index of the one
// that happened first and the sentence; false when no sentence does.
func (e *Engine) connectiveOrder(opts []option) (int, *sentence, bool) {
	if len(opts) != 2 {
		return 0, nil, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		var matched [2][]int
		holdsBoth := true
		for j, o := range opts {
			c := e.score(o.q, i, e.totalWeight(o.q))
			if len(c.matched) == 0 || !e.holds(o.q, c) {
				holdsBoth = false
				break
			}
			matched[j] = c.matched
		}
		if !holdsBoth {
			continue
		}
		if in, earlier, ok := connectiveSplit(s, matched); ok {
			if earlier {
				return in, s, true
			}
			return 1 - in, s, true
		}
	}
	return 0, nil, false
}

// connectiveReply answers a choice of which came first (or later) from
// the connective that orders the two alternatives in one sentence.
func (e *Engine) connectiveReply(opts []option, first bool) (reply, bool) {
	win, s, ok := e.connectiveOrder(opts)
	if !ok {
		return reply{}, false
	}
	head := fmt.Sprintf("%s came first, then %s.", capitalise(opts[win].text), opts[1-win].text)
	if !first {
		head = fmt.Sprintf("%s came later, after %s.", capitalise(opts[1-win].text), opts[win].text)
	}
	return reply{found: true, head: head, used: []*sentence{s}}, true
}
