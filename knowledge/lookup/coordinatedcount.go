package lookup

import (
	"fmt"
	"slices"
	"strings"
)

// Coordinated counts of one noun (part of stage 4, figures): "They
// acquitted him of two counts of bribery and one count of lying to FBI
// agents" acquits him of three counts. Noun phrases joined by "and" refer
// each to its own set (segregatory coordination, Quirk et al. 1985,
// ch. 13), and counts of one head noun whose of-phrases name different
// kinds of it count different things, so "how many counts" asks their
// sum. A question naming what sets one item apart ("how many counts of
// bribery") asks that item (chainItemNamed), and a count that itemises a total
// the sentence states before a colon (markItems) adds nothing to it.

// countJoinRe is the stretch between two coordinated counts: the first
// count's of- or for-phrase ("permits for bars"), then "and" or a comma
// (a serial comma before "and" allowed), with no other punctuation ("of
// bribery and ", "of theft, ").
var countJoinRe = lazyRE(`^\s+(?:of|for)\s+[^,;:()—–-]+?(?:,\s*(?:and\s+)?|\s+and\s+)$`)

// itemPhraseEnd is the end, in bytes of s.text, of the of-phrase after the
// last count of a chain: up to the next punctuation mark, or -1 when it
// runs past maxItemWords words (then the phrase is no short noun phrase
// to repeat).
func itemPhraseEnd(s *sentence, last quantity) int {
	const maxItemWords = 8
	end := s.toks[last.end-1].end
	if last.end >= len(s.toks) || s.toks[last.end].lower != "of" && s.toks[last.end].lower != "for" {
		return end
	}
	for k := last.end; k < len(s.toks); k++ {
		if strings.ContainsAny(s.text[end:s.toks[k].start], ",;:()—–") {
			return end
		}
		if k-last.end >= maxItemWords {
			return -1
		}
		end = s.toks[k].end
	}
	return end
}

// countChain is the run of coordinated counts of one noun in s that n
// starts or belongs to, in order, or nil when n stands alone. Partitives
// ("four of the seven counts") and the items of a stated total take no
// part. "one", "a" or "an" before the noun counts one: the news writer's
// "one" is no quantity in s.nums (it is more often a pronoun), and the
// indefinite article is the unstressed numeral (Quirk et al. 1985, ch. 5).
func countChain(s *sentence, n quantity) []quantity {
	free := func(m quantity) bool {
		return m.kind == qCount && m.unit != "" && !m.part && !m.whole && !m.item && m.end > m.tok
	}
	if !free(n) {
		return nil
	}
	for _, first := range s.nums {
		if !free(first) || first.tok > n.tok {
			continue
		}
		chain := []quantity{first}
		for {
			next, ok := nextCount(s, chain[len(chain)-1], free)
			if !ok {
				break
			}
			chain = append(chain, next)
		}
		if len(chain) > 1 && hasCount(chain, n) {
			return chain
		}
	}
	return nil
}

// nextCount is the count of prev's noun coordinated after prev's
// of-phrase ("… of bribery and one count …"), or right after prev with
// premodifiers of its own ("40 harbor seals, nine gray seals"), or false.
func nextCount(s *sentence, prev quantity, free func(quantity) bool) (quantity, bool) {
	if m, ok := nextPremodifiedCount(s, prev, free); ok {
		return m, true
	}
	const reach = 10 // words of the of-phrase between
	for j := prev.end + 1; j < len(s.toks)-1 && j <= prev.end+reach; j++ {
		if !countJoinRe.MatchString(s.text[s.toks[prev.end-1].end:s.toks[j].start]) {
			continue
		}
		for _, m := range s.nums {
			if m.tok == j && free(m) && m.unit == prev.unit {
				return m, true
			}
		}
		if indefiniteOne[s.toks[j].lower] && s.toks[j+1].stem == prev.unit {
			return quantity{kind: qCount, value: 1, tok: j, end: j + 2, unit: prev.unit, noun: s.toks[j+1].lower}, true
		}
		return quantity{}, false
	}
	return quantity{}, false
}

// indefiniteOne are the words that count one of the noun after them.
var indefiniteOne = set("one", "a", "an")

// hasCount reports whether the chain holds the count at n's position.
func hasCount(chain []quantity, n quantity) bool {
	for _, m := range chain {
		if m.tok == n.tok {
			return true
		}
	}
	return false
}

// coordinatedSum answers "how many" with the sum of the coordinated counts
// n belongs to, written with the counts themselves ("Three counts: two
// counts of bribery and one count of lying to FBI agents"), unless the
// question names one item's own words; ok is false when n stands alone.
func coordinatedSum(q *query, s *sentence, n quantity) (reply, bool) {
	chain := countChain(s, n)
	if chain == nil {
		return reply{}, false
	}
	sum, noun := 0.0, ""
	if chainItemNamed(q, s, chain) {
		return reply{}, false // "how many counts of bribery": that item
	}
	for _, m := range chain {
		sum += m.value
		if noun == "" && m.value != 1 {
			noun = m.noun
		}
	}
	if noun == "" || sum != float64(int(sum)) {
		return reply{}, false
	}
	head := fmt.Sprintf("%s %s", capitalise(numberWord(int(sum))), noun)
	if end := itemPhraseEnd(s, chain[len(chain)-1]); end > 0 {
		head += ": " + s.text[s.toks[chain[0].tok].start:end]
	}
	return reply{found: true, head: head + ".", used: []*sentence{s}}, true
}

// chainItemNamed reports whether q holds a word, other than the counted
// noun, of one item's own phrase: its premodifiers ("how many harbor
// seals"), and its postmodifier, from its noun to the next item, and for
// the last to the end of the sentence ("how many poaching charges").
func chainItemNamed(q *query, s *sentence, chain []quantity) bool {
	unit := chain[0].unit
	for k, m := range chain {
		end := len(s.toks)
		if k+1 < len(chain) {
			end = chain[k+1].tok
		}
		if m.end >= len(s.toks) || s.toks[m.end].lower != "of" && s.toks[m.end].lower != "for" {
			end = m.end // premodified items: nothing after the noun is the item's own
		}
		for _, t := range q.terms {
			if t.matchesStem(unit) {
				continue
			}
			if slices.ContainsFunc(m.mods, t.matchesStem) {
				return true
			}
			for _, tok := range s.toks[m.end:end] {
				if t.matches(tok) {
					return true
				}
			}
		}
	}
	return false
}

// nextPremodifiedCount is the count of prev's head noun joined right
// after prev by "and" or a comma, when the two set their sets apart by
// premodifiers ("40 harbor seals, nine gray seals and …"): a
// premodifier narrows its head to a kind (Quirk et al. 1985, §17.108),
// and coordinated noun phrases of different kinds refer each to its own
// set (ch. 13), as the of-phrases do above. The same noun with the same
// modifiers twice is left alone: that is no itemising.
func nextPremodifiedCount(s *sentence, prev quantity, free func(quantity) bool) (quantity, bool) {
	for _, m := range s.nums {
		if m.tok < prev.end || !free(m) || m.unit != prev.unit || slices.Equal(m.mods, prev.mods) {
			continue
		}
		if kindJoinRe.MatchString(gapBetween(s, prev, m)) {
			return m, true
		}
		return quantity{}, false
	}
	return quantity{}, false
}

// gapBetween is the text of s between count a's last word and count b's
// first, b standing after a: the joint of a coordination ("… and ").
func gapBetween(s *sentence, a, b quantity) string {
	return s.text[s.toks[a.end-1].end:s.toks[b.tok].start]
}
