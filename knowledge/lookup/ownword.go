package lookup

import (
	"slices"
	"strings"
)

// A sentence that writes the asked word itself and also a synonym of it
// (part of stage 3) tells two acts: "The second machine is scheduled to
// stop running in September, and the remaining workers will be laid off
// by the end of the year" answers "when will workers be laid off" with
// the clause of "laid off", not of "stop", which WordNet files with
// "lay off" only in another sense ({discontinue, stop, cease, …, lay
// off}). Synonymy holds between senses, not words (Miller et al.,
// "Introduction to WordNet", 1990, §1), so where the word itself is
// written the synonym is no evidence of the act asked, and the word
// alone anchors the time and the clause the answer reads.

// ownAt reports whether toks[k] writes the term's own word: a form of it,
// or, for a phrasal verb, its own words in order ("laid off").
func (t term) ownAt(toks []token, k int) bool {
	if !t.phrasal {
		return t.sameWord(toks[k])
	}
	ws := strings.Fields(t.lower)
	if len(ws) < 2 || k+len(ws) > len(toks) {
		return false
	}
	for j, w := range ws {
		if toks[k+j].lower != w && !toks[k+j].meets(stemOf(w)) {
			return false
		}
	}
	return true
}

// ownOrAll returns, for a when-question, the matched positions that
// write the term's own word, when there are any, else every matched
// position. Other questions keep every position: the doer of "who won"
// may stand by the synonym ("beat") as well as by the word.
func ownOrAll(q *query, own, matched []int) []int {
	if q.typ != tTime {
		return matched
	}
	var out []int
	for _, k := range matched {
		if slices.Contains(own, k) {
			out = append(out, k)
		}
	}
	if len(out) > 0 {
		return out
	}
	return matched
}
