package wordnet

import (
	"slices"
	"strconv"
	"strings"
)

// Narrower reports whether word names, in its most frequent sense, a kind
// of broader (a noun below it in the hypernym tree: a
// "guard" is a kind of "person"), a manner of it (a verb below it in the
// troponym tree: to "murder" is to "kill") or an act that entails it (to
// "buy" entails to "pay"), each as one part of speech; broader is
// read in its two most frequent senses of that part of speech, and a
// verb also in the other use of one of them (alternations: "broke out"
// is a kind of "start" as "the fire started"). What is
// true of the narrower term is true of the broader (Fellbaum 1998,
// "WordNet", ch. 3 on troponymy and entailment; Cruse 1986, "Lexical
// Semantics", ch. 4 on hyponymy). Both words are taken to their base
// forms, irregular ones through the exception lists, and each is read
// only as its more frequent part of speech of noun and verb ("see" as a
// verb, not the bishop's see).
func (w *WordNet) Narrower(word, broader string) bool {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	broader = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(broader), " ", "_"))
	if word == "" || broader == "" || word == broader {
		return false
	}
	return memo(&w.mu, w.kinds, word+"\x01"+broader, func() bool { return w.narrower(word, broader) })
}

// narrower is Narrower without the cache.
func (w *WordNet) narrower(word, broader string) bool {
	if base := w.Lemma(word); base != "" {
		word = strings.ReplaceAll(base, " ", "_")
	}
	if base := w.Lemma(broader); base != "" {
		broader = strings.ReplaceAll(base, " ", "_")
	}
	for _, p := range []string{"noun", "verb"} {
		goal, base := w.senses(p, broader)
		if p == "verb" {
			goal = append(goal, w.alternations(base, goal)...)
			goal = append(goal, w.groupMates(base, goal)...)
		}
		if len(goal) == 0 || !w.mainPart(word, p) || !w.mainPart(broader, p) {
			continue
		}
		offs, _ := w.senses(p, word)
		if len(offs) > 1 {
			offs = offs[:1] // a word's rarer senses reach too far ("repair" as to compensate, a way to pay)
		}
		if w.reachesUp(p, offs, goal) {
			return true
		}
	}
	return false
}

// alternations returns the rarer senses of verb that are the inchoative
// use of one of its frequent senses main: English verbs of change
// alternate between a causative use and an inchoative one ("she started
// the engine", "the fire started"; Levin 1993, "English Verb Classes and
// Alternations", 1.1.2.1), and WordNet files the two as separate senses
// with the same words (start 1 "take the first step" and start 4 "have a
// beginning", both {begin, start}). Such a sense has the frame
// "Something ----s" (wninput(5WN) frame 1) that the frequent sense lacks,
// and no word the frequent sense lacks; a sense of verb alone tells
// nothing of which meaning it is and is left.
func (w *WordNet) alternations(verb string, main []int64) []int64 {
	if verb == "" || len(main) == 0 {
		return nil
	}
	all, _ := w.allSenses("verb", verb)
	if len(all) <= len(main) {
		return nil
	}
	var out []int64
	for _, off := range all[len(main):] {
		if words := w.synset("verb", off); len(words) > 1 && slices.Contains(w.frames(off), inchoativeFrame) && w.causativeOf(words, main) {
			out = append(out, off)
		}
	}
	return out
}

// inchoativeFrame is wninput(5WN)'s frame 1, "Something ----s".
const inchoativeFrame = 1

// causativeOf reports whether one of the senses main has every word of
// words and not the inchoative frame.
func (w *WordNet) causativeOf(words []string, main []int64) bool {
	for _, off := range main {
		if slices.Contains(w.frames(off), inchoativeFrame) {
			continue
		}
		in := map[string]bool{}
		for _, s := range w.synset("verb", off) {
			in[s] = true
		}
		all := true
		for _, x := range words {
			all = all && in[x]
		}
		if all {
			return true
		}
	}
	return false
}

// groupMates returns the senses of verb that WordNet's verb groups join
// to one of the senses main ("$", wninput(5WN): a verb group gathers the
// senses of a verb alike in meaning): kill "cause the death of, without
// intention" with kill "cause to die", so "electrocute", filed under the
// first ("kill by electric shock"), is a manner of killing.
func (w *WordNet) groupMates(verb string, main []int64) []int64 {
	var out []int64
	for _, off := range main {
		for _, t := range w.pointers("verb", off, "$") {
			if !slices.Contains(main, t.off) && !slices.Contains(out, t.off) && slices.Contains(w.synset("verb", t.off), verb) {
				out = append(out, t.off)
			}
		}
	}
	return out
}

// reachesUp reports whether one of the synsets goal is reached from offs
// by hypernym links, or for verbs by an entailment of one of offs itself.
func (w *WordNet) reachesUp(p string, offs, goal []int64) bool {
	isGoal := map[int64]bool{}
	for _, g := range goal {
		isGoal[g] = true
	}
	if p == "verb" {
		for _, off := range offs {
			for _, t := range w.pointers(p, off, "*") {
				if isGoal[t.off] {
					return true
				}
			}
		}
	}
	return w.climb(p, offs, func(off int64) bool { return isGoal[off] }) // offs itself: the words are synonyms in that sense
}

// mainPart reports whether p is, of noun and verb, a part of speech word
// is used in at least as often as the other, by the tagged sense counts of
// WordNet's index (from the SemCor corpus, wndb(5WN)); a word that is
// only one of them, as written, is that one.
func (w *WordNet) mainPart(word, p string) bool {
	count := map[string]int{}
	for _, q := range []string{"noun", "verb"} {
		_, base := w.senses(q, word)
		if base == "" {
			count[q] = -1
			continue
		}
		count[q] = w.tagCount(q, base)
	}
	other := "verb"
	if p == "verb" {
		other = "noun"
	}
	return count[p] >= 0 && count[p] >= count[other]
}

// tagCount reads the tagsense_cnt field of word's line in index.p: lemma
// pos synset_cnt p_cnt [ptr…] sense_cnt tagsense_cnt offset…
func (w *WordNet) tagCount(p, word string) int {
	line, err := w.indexLine(p, word)
	if err != nil {
		return 0
	}
	fs := strings.Fields(string(line))
	if len(fs) < 4 {
		return 0
	}
	ptrs, _ := strconv.Atoi(fs[3])
	if 4+ptrs+1 >= len(fs) {
		return 0
	}
	n, _ := strconv.Atoi(fs[4+ptrs+1])
	return n
}
