package lookup

import (
	"fmt"
)

// Coordinated counts of kinds of the noun asked (part of stage 4,
// figures): "with 142 passengers and six crew members aboard" has 148
// people aboard. Noun phrases joined by "and" refer each to its own set
// (segregatory coordination, Quirk et al. 1985, ch. 13), so when the
// question counts a broader noun ("how many people") that WordNet 3.0
// files both heads under (a passenger and a crew member are each a
// person), it asks the sum of the coordinated counts, not the one of
// them nearest its words. A question that counts one of the heads
// itself ("how many passengers") asks that count alone.

// kindJoinRe is the stretch between two coordinated counts: "and", or a
// comma with or without "and" after it.
var kindJoinRe = lazyRE(`^\s*(?:,\s*(?:and\s+)?|and\s+)$`)

// kindsSum answers "how many people" with the sum of the coordinated
// counts of kinds of person that n belongs to, written with the counts
// themselves ("148 people: 142 passengers and six crew members").
func (e *Engine) kindsSum(q *query, s *sentence, n quantity) (reply, bool) {
	asked, word := e.countedKind(q)
	if asked == "" || !e.countsKind(n, asked) {
		return reply{}, false
	}
	chain := []quantity{n}
	for _, dir := range []int{-1, 1} {
		for m, ok := e.kindBeside(s, chain, dir, asked); ok; m, ok = e.kindBeside(s, chain, dir, asked) {
			if dir < 0 {
				chain = append([]quantity{m}, chain...)
			} else {
				chain = append(chain, m)
			}
		}
	}
	if len(chain) < 2 {
		return reply{}, false
	}
	sum := 0.0
	for _, m := range chain {
		sum += m.value
	}
	if sum != float64(int(sum)) {
		return reply{}, false
	}
	items := s.text[s.toks[chain[0].tok].start:s.toks[chain[len(chain)-1].end-1].end]
	head := fmt.Sprintf("%s %s: %s", capitalise(numberWord(int(sum))), word, items)
	return reply{found: true, head: head + ".", used: []*sentence{s}}, true
}

// countedKind is the noun a count question asks, as WordNet files kinds
// under it ("people" is the plural of "person"), and the word the
// question writes, or "" when the question counts no noun or the noun
// is not one of the article's counted heads' broader nouns.
func (e *Engine) countedKind(q *query) (kind, word string) {
	if e.noLex || q.typ != tCount || len(q.focus) == 0 {
		return "", ""
	}
	for _, t := range q.toks {
		if t.stem != q.focus[0] {
			continue
		}
		switch t.lower {
		case "people", "persons":
			return "person", t.lower
		}
		if e.canBe(singular(t.lower), "noun") {
			return singular(t.lower), t.lower
		}
	}
	return "", ""
}

// countsKind reports whether m counts a narrower kind of noun asked than
// asked itself: "passengers" under "person", not "persons".
func (e *Engine) countsKind(m quantity, asked string) bool {
	if m.kind != qCount || m.noun == "" || m.part || m.whole || m.item {
		return false
	}
	head := e.countedLemma(lastWord(m.noun))
	return head != asked && e.lex.KindOf(head, asked)
}

// kindBeside is the count of another kind of asked coordinated straight
// before (dir -1) or after (dir 1) the chain, or after the earlier
// count's of-phrase (countJoinRe), or false.
func (e *Engine) kindBeside(s *sentence, chain []quantity, dir int, asked string) (quantity, bool) {
	for _, m := range s.nums {
		if !e.countsKind(m, asked) {
			continue
		}
		var gap string
		switch {
		case dir > 0 && m.tok >= chain[len(chain)-1].end:
			gap = gapBetween(s, chain[len(chain)-1], m)
		case dir < 0 && m.end <= chain[0].tok:
			gap = gapBetween(s, m, chain[0])
		default:
			continue
		}
		if kindJoinRe.MatchString(gap) || countJoinRe.MatchString(gap) {
			return m, true // "26 members of the speech team and three adult chaperones": the first count's of-phrase stands between
		}
	}
	return quantity{}, false
}
