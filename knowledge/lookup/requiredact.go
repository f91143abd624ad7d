package lookup

import "strings"

// An act told only by what it takes (part of stage 5, yes and no).
// "Overriding the veto would take a two-thirds vote in both chambers"
// says what the override requires, not that it happened or can happen:
// a gerund or infinitive clause as the subject of a verb of requiring
// names the act without asserting it (Quirk et al. 1985, §15.10, a
// nominal -ing or to-infinitive clause as subject), and the verbs are
// WordNet 3.0's synset {necessitate, ask, postulate, need, require,
// take, involve, call for, demand}, "require as useful, just, or proper",
// in the forms news copy writes. So a yes/no question whose words stand
// only in such a subject gets no Yes from it.

// requiringVerbs are those verbs' forms.
var requiringVerbs = set("take", "takes", "took", "require", "requires", "required", "need", "needs", "needed", "demand", "demands", "demanded", "involve", "involves")

// inRequiredAct reports whether every matched token of s that is no
// name's stands in a gerund or to-infinitive clause that opens s (or a
// clause after a comma) and is the subject of a requiring verb.
func inRequiredAct(s *sentence, matched []int) bool {
	return onlyNamesOutside(s, matched, requiredActAt)
}

// requiredActAt reports whether token m stands in such a subject clause.
func requiredActAt(s *sentence, m int) bool {
	start := m
	for start > 0 && !punctBreak(s, start-1, start) {
		start-- // back to the sentence's start, a comma, or the dateline's dash
	}
	w := s.toks[start].lower
	if !strings.HasSuffix(w, "ing") && w != "to" {
		return false
	}
	for k := m + 1; k < len(s.toks) && !punctBreak(s, k-1, k); k++ {
		if requiringVerbs[s.toks[k].lower] {
			return true
		}
	}
	return false
}

// punctBreak reports whether punctuation that ends a clause or a
// dateline stands between tokens i and j: a comma, a semicolon or a dash.
func punctBreak(s *sentence, i, j int) bool {
	g := s.text[s.toks[i].end:s.toks[j].start]
	return strings.ContainsAny(g, ",;—–") || strings.Contains(g, " - ")
}
