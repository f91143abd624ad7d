package lookup

import "slices"

// The whole asked, a part told (part of stage 4, yes/no): "did the
// insurance cover everything" asks of the whole, and "covered only part
// of the loss" tells of a part and, by its "only", of no more (the
// restrictive focusing subjunct "only" excludes what is not in its focus,
// Quirk et al. on exclusive subjuncts; "some" and "part" stand below
// "all" on Horn's scale of quantity, Horn 1972, and "only" makes the
// upper bound part of what is said), so the answer is No. "Partially" and
// "partly" say the same of the act they modify.

// wholeWords ask of the whole: the universal pronouns and determiners and
// the adverbs of completeness.
var wholeWords = set("everything", "all", "every", "whole", "entire", "fully", "completely", "entirely", "totally")

// partWords, after "only", name a part of a whole.
var partWords = set("part", "some", "portion", "fraction", "half", "share", "partial")

// partOnly reports whether q asks its act of the whole and s tells a
// matched verb done to a part only: "only" with a word of part within the
// few words after it, or "partially"/"partly" right beside it.
//
// A question asking of every member of a set, told of a part by a
// partitive quantifier, is answered the same way (partquantifier.go).
func (e *Engine) partOnly(q *query, s *sentence, matched []int) bool {
	if e.partQuantified(q, s, matched) || percentBelowWhole(q, s, matched) {
		return true
	}
	if !slices.ContainsFunc(q.toks, func(t token) bool { return wholeWords[t.lower] }) {
		return false
	}
	for _, m := range matched {
		if !e.verbForm(s.toks[m].lower) {
			continue
		}
		for k := max(m-2, 0); k < min(m+4, len(s.toks)); k++ {
			w := s.toks[k].lower
			if (w == "partially" || w == "partly") && k < m+2 {
				return true
			}
			if w == "only" && k > m && partAfter(s, k) {
				return true
			}
		}
	}
	return false
}

// partAfter reports whether a word of part follows "only" at k, past an
// article ("only part of", "only a portion of").
func partAfter(s *sentence, k int) bool {
	for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
		if partWords[s.toks[j].lower] {
			return true
		}
		if w := s.toks[j].lower; w != "a" && w != "an" {
			return false
		}
	}
	return false
}

// percentBelowWhole reports whether a matched word of s is premodified by
// a percentage below 100 ("The fire was 5% contained", "40 percent
// complete"): the degree modifier says how far the state holds (Quirk et
// al. 1985, §7.33 and §8.99 on degree adjuncts; news of wildfires gives
// containment so, a fire being contained only at 100%), so it tells a
// part, and the plain predicate asked is not so. A question that asks a
// figure of its own ("is it 5% contained") asks the degree itself.
func percentBelowWhole(q *query, s *sentence, matched []int) bool {
	if slices.ContainsFunc(q.toks, isNumeric) {
		return false
	}
	for _, n := range s.nums {
		if n.kind == qPercent && n.value < 100 && slices.Contains(matched, n.end) {
			return true
		}
	}
	return false
}
