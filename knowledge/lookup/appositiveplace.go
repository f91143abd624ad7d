package lookup

import "strings"

// Places inside an appositive (part of stage 4, where): "the seller, a
// 67-year-old collector from Brussels, had bought the painting from a
// gallery in Paris" places the collector in its appositive, which
// describes the noun before it (Quirk et al., §17.65–17.67, the
// nonrestrictive appositive); where the act asked happened is told
// beside its verb. Like a relative clause (inOtherClause), an appositive
// that holds none of the question's words is another constituent.

// inAppositive reports whether byte offset at of s lies in a
// nonrestrictive appositive noun phrase, ", a/an/the … ,", after a noun,
// that holds none of the matched tokens while some lie outside it.
func inAppositive(s *sentence, matched []int, at int) bool {
	if len(matched) == 0 {
		return false
	}
	for i := 1; i < len(s.toks); i++ {
		if !strings.HasSuffix(strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]), ",") || !s.toks[i].isArticle() {
			continue
		}
		if stopWords[s.toks[i-1].lower] || s.toks[i].start > at {
			continue
		}
		j := i + 1
		for j < len(s.toks) && !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;:—") {
			j++
		}
		if j == len(s.toks) || at >= s.toks[j-1].end {
			continue // it runs to the end of the sentence: no closing comma, no appositive
		}
		for _, m := range matched {
			if m >= i && m < j {
				return false
			}
		}
		return true
	}
	return false
}

// isArticle reports whether t is "a", "an" or "the".
func (t token) isArticle() bool {
	return t.lower == "a" || t.lower == "an" || t.lower == "the"
}
