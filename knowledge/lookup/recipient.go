package lookup

import (
	"slices"

	"storybot/knowledge"
)

// Who received a thing given (part of stage 4, extraction). "Who got the
// contract" asks for the recipient, which a news story often names only
// as the object of "to" after a verb of giving: "The Navy has awarded a
// $2.3 billion contract to Harrow Marine Systems". English verbs of
// giving and of future having take the thing given as their object and
// the recipient after "to" (Levin 1993, §13.1 "give" verbs, §13.3 verbs
// of future having), so the one named after that "to" got the thing.

// receiveForms are the forms of the verbs a question asks the receiving
// by (Levin 1993, §13.5.1 "get" verbs and §13.5.2 "obtain" verbs: get,
// receive, win, land).
var receiveForms = set("get", "gets", "got", "gotten", "getting", "receive", "receives", "received",
	"receiving", "win", "wins", "won", "winning", "land", "lands", "landed", "landing")

// giveLemmas are Levin's (1993) "give" verbs (§13.1) and verbs of future
// having (§13.3) that news writing reports contracts, grants and awards
// by.
var giveLemmas = set("give", "hand", "lend", "loan", "pay", "sell", "award", "grant", "allocate",
	"allot", "assign", "offer", "issue", "extend", "promise", "guarantee")

// giveStems are the stems of giveLemmas.
var giveStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range giveLemmas {
		m[stemOf(w)] = true
	}
	return m
}()

// recipient answers "who got X" by the one named after "to" following a
// verb of giving whose object holds every word of X.
func (e *Engine) recipient(q *query) (reply, bool) {
	asked := false
	for _, t := range q.toks {
		asked = asked || receiveForms[t.lower]
	}
	var object []term
	for _, t := range q.terms {
		if !receiveForms[t.lower] {
			object = append(object, t)
		}
	}
	if !asked || len(object) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if x := e.givenTo(s, object); x >= 0 {
			return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// givenTo is the person or organisation named after "to" following a
// verb of giving in s whose object, between the verb and "to", holds an
// object word, when s holds every one ("the radar contract": "a
// contract to Lindell Avionics to build 30 airport radars"); or -1.
func (e *Engine) givenTo(s *sentence, object []term) int {
	for _, o := range object {
		if !slices.ContainsFunc(s.toks, o.matches) {
			return -1
		}
	}
	for v, t := range s.toks {
		if !giveStems[t.stem] || s.quoted[v] {
			continue
		}
		held := false
		for k := v + 1; k+1 < len(s.toks) && k < v+8; k++ {
			if s.toks[k].lower == "to" {
				if !held {
					break
				}
				return e.entityFormAt(s, k+1)
			}
			held = held || slices.ContainsFunc(object, func(o term) bool { return o.matches(s.toks[k]) })
		}
	}
	return -1
}

// entityFormAt is the person or organisation whose name starts at token
// k of s, or -1.
func (e *Engine) entityFormAt(s *sentence, k int) int {
	x, n := -1, 0
	for y, ent := range e.r.ents {
		if m := e.formAt(s, y, k); m > n && (ent.kind == knowledge.Person || ent.kind == knowledge.Organisation) {
			x, n = y, m
		}
	}
	return x
}
