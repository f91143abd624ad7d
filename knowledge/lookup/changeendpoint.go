package lookup

import "strings"

// The new or the old level of a change (part of stage 4, what-questions).
// News writing tells a change with both its levels, the old after "from"
// and the new after "to" ("will rise from 3.14 mills to 3.5 mills"), or
// the new first and the old after "up from" or "down from" ("21,400,
// down from 27,900"; AP Stylebook, "from … to"; earlierlevel.go). A
// question of "the new X" asks the level the change reaches, and of "the
// old X" (or the previous, prior, former or original one) the level it
// leaves (Merriam-Webster, "new" adj. 2a: "having recently come into
// existence"; "old" adj. 6: "former"). So "what's the new tax rate" is
// 3.5 mills and "what was the old rate" 3.14 mills, from the sentence
// whose change has the asked noun before it.

// endpointAdjectives are the adjectives that ask a change's new or old
// level.
var endpointAdjectives = set("new", "old", "previous", "prior", "former", "original")

// endpointCue is "what is the new X", "what was the old X", with X a noun
// phrase of at most three words.
var endpointCue = lazyRE(`^\s*(?:what|whats|what's)\s+(?:is\s+|was\s+|are\s+|were\s+|will\s+be\s+)?(?:the|its|their|his|her)\s+(new|old|previous|prior|former|original)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s*[?!.]*\s*$`)

// changeEndpoint answers "what is the new X" or "what was the old X" with
// the level a change of X reaches or leaves, from the first sentence that
// tells one.
func (e *Engine) changeEndpoint(q *query) (reply, bool) {
	m := endpointCue.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil {
		return reply{}, false
	}
	words := strings.Fields(m[2])
	head, mods := stemOf(singular(words[len(words)-1])), words[:len(words)-1]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue // the body tells the change whole
		}
		for k, t := range s.toks {
			if t.cap && !sentenceStart(s, k) || s.quoted[k] || !t.meets(head) || !modifiersNear(s, k, mods) {
				continue
			}
			if from, to, ok := e.changeLevels(s, k); ok {
				n := to
				if m[1] != "new" {
					n = from
				}
				return reply{found: true, head: capitalise(hedged(s, n)) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// changeLevels are the old and the new level of the change told right
// after the noun at token k of s, in its clause: a figure after "from" that
// starts a change (changeStart) and one of its kind after "to" that a
// change reaches (changeGoal); or, past the comma AP style sets before
// it, the figure after "up from" or "down from" and the one right before.
func (e *Engine) changeLevels(s *sentence, k int) (from, to quantity, ok bool) {
	end := clauseEnd(s, k)
	fromAt, toAt := -1, -1
	for i, n := range s.nums {
		if n.tok <= k || s.toks[n.tok].start > end || n.tok > k+12 {
			continue
		}
		switch {
		case fromAt < 0 && e.changeStart(s, n):
			fromAt = i
		case toAt < 0 && e.changeGoal(s, n):
			toAt = i
		}
	}
	if fromAt >= 0 && toAt >= 0 && s.nums[fromAt].kind == s.nums[toAt].kind {
		return s.nums[fromAt], s.nums[toAt], true
	}
	for i := 1; i < len(s.nums); i++ {
		old, now := s.nums[i], s.nums[i-1]
		if comparedFrom(s, old) && now.tok > k && old.tok <= k+16 && old.kind == now.kind && !strings.Contains(s.text[s.toks[k].end:s.toks[old.tok].start], ";") {
			return old, now, true // "fell to an average of 21,400 this season, down from 27,900"
		}
	}
	return quantity{}, quantity{}, false
}

// modifiersNear reports whether each of mods stands in s within four
// words before token k or in k's clause after it ("the average
// attendance": "Attendance … fell to an average of 21,400").
func modifiersNear(s *sentence, k int, mods []string) bool {
	end := clauseEnd(s, k)
	for _, w := range mods {
		found := false
		for j := max(0, k-4); j < len(s.toks) && s.toks[j].end <= end; j++ {
			found = found || j != k && s.toks[j].meets(stemOf(w))
		}
		if !found {
			return false
		}
	}
	return true
}
