package lookup

import "strings"

// Size by comparison (part of stage 4, how big). News copy gives the size
// of a thing no one measured by a familiar thing of the same size: "hail
// as large as golf balls", "a section of roof about the size of a
// basketball court". English states it by a comparison of equivalence,
// "as" + adjective + "as" (Quirk et al. 1985, §15.63), or by the
// dimension noun with an of-phrase ("the size of", §17.38 on the
// of-genitive of measure). When the article gives no figure for what a
// "how big" question asks, the comparison is its answer.

// sizeAdjectives are the "how ADJ" words of size and extent a comparison
// of equivalence may state (dimensionAdjectives, with the adjectives of
// size itself and of weight).
var sizeAdjectives = set("big", "large", "small", "long", "tall", "high", "wide", "deep", "thick", "heavy")

// sizeNouns are the dimension nouns that take "the … of" a thing of the
// same extent ("the size of a basketball court").
var sizeNouns = set("size", "length", "height", "width", "weight")

// comparedSize answers a how-big question from the best sentence that
// holds the question and states its thing's size by comparison: "As large
// as golf balls."
func (e *Engine) comparedSize(q *query) (reply, bool) {
	if !sizeAdjectives[q.measure] {
		return reply{}, false
	}
	return e.atHeldMatch(q, e.sizeComparison)
}

// sizeComparison is the comparison of size that follows the matched word
// at m of s within three words ("hail as large as golf balls", "roof
// about the size of a basketball court"), with an approximator before it,
// or "".
func (e *Engine) sizeComparison(s *sentence, m int) string {
	for k := m + 1; k+3 < len(s.toks) && k <= m+4; k++ {
		if punctuatedBetween(s.text, s.toks, k) {
			return ""
		}
		from, to := -1, -1
		switch {
		case s.toks[k].lower == "as" && sizeAdjectives[s.toks[k+1].lower] && s.toks[k+2].lower == "as":
			from, to = k, e.comparedEnd(s, k+3)
		case s.toks[k].lower == "the" && sizeNouns[s.toks[k+1].lower] && s.toks[k+2].lower == "of":
			from, to = k, e.comparedEnd(s, k+3)
		}
		if from < 0 || to <= from+3 {
			continue
		}
		if from > 0 && approximators[s.toks[from-1].lower] {
			from-- // "about the size of"
		}
		return s.text[s.toks[from].start:s.toks[to-1].end]
	}
	return ""
}

// comparedEnd is the end of the noun phrase of the familiar thing from
// token k: an article, then up to three words, ending at a plural noun
// (the head: "golf balls fell"), a function word, punctuation or a verb
// form.
func (e *Engine) comparedEnd(s *sentence, k int) int {
	j := k
	if j < len(s.toks) && (s.toks[j].lower == "a" || s.toks[j].lower == "an" || s.toks[j].lower == "the") {
		j++
	}
	for n := 0; j < len(s.toks) && n < 3; n++ {
		t := s.toks[j]
		if j > k && punctuatedBetween(s.text, s.toks, j) || stopWords[t.lower] || t.cap || isNumeric(t) || e.irregularVerbForm(t.lower) || strings.HasSuffix(t.lower, "ed") {
			break
		}
		j++
		if sg := singular(t.lower); sg != t.lower && e.isWord(sg) {
			break // a plural noun heads its phrase ("golf balls"; not "tennis")
		}
	}
	return j
}
