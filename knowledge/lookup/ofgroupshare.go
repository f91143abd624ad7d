package lookup

import "strings"

// Shares of two groups in one sentence (part of stage 4, numbers). News
// writing sets groups side by side, each percentage with the of-phrase
// that names its whole ("Only 17% of Black students met the math
// standard, compared with 75% of Asian American students"): the
// of-phrase of a share names the set it is taken from (Quirk et al.
// 1985, §5.9 on the of-partitive), so the share asked is the one whose
// of-phrase holds more of the question's words, and the other is the
// other group's.

// ofGroupWeight is -2 for figure n of s when another figure of s has an
// of-phrase holding more of q's terms than n's own of-phrase does.
func ofGroupWeight(q *query, s *sentence, n quantity) float64 {
	own := ofPhraseTerms(q, s, n)
	if own < 0 {
		return 0
	}
	for _, m := range s.nums {
		if m.tok != n.tok && m.kind == n.kind && ofPhraseTerms(q, s, m) > own {
			return -2
		}
	}
	return 0
}

// ofPhraseTerms counts the question's terms met in the noun phrase of
// the of-phrase right after figure n (up to five words, to its plural
// head, its end or the next mark), or -1 when no of-phrase follows it.
func ofPhraseTerms(q *query, s *sentence, n quantity) int {
	if n.end >= len(s.toks) || s.toks[n.end].lower != "of" {
		return -1
	}
	met := 0
	end := nounPhraseEnd(s, n.end+1)
	for k := n.end + 1; k < end && k <= n.end+5; k++ {
		if strings.ContainsAny(s.text[s.toks[k-1].end:s.toks[k].start], ",;:—") {
			break
		}
		for _, t := range q.terms {
			if t.matches(s.toks[k]) {
				met++
				break
			}
		}
		if tok := s.toks[k]; plural(tok.lower) && !tok.poss && !tok.cap {
			break // "of Black students": a plural common noun heads the phrase, and what follows is its clause's
		}
	}
	return met
}
