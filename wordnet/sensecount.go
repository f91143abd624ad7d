package wordnet

import (
	"bytes"
	"os"
	"slices"
	"strconv"
	"strings"
)

// cntlist.rev holds SemCor's count of each sense a lemma was tagged with
// in the Brown Corpus (cntlist(5WN): "sense_key sense_number tag_cnt",
// sorted by sense key). A sense that stands for a small share of a
// word's tagged uses is one readers seldom mean by it: "go" was tagged
// "die" twice among its 598 tagged uses.

// ssTypes are the synset type numbers of sense keys (senseidx(5WN)) for
// each part of speech the index files hold; adjective satellites (5)
// are read with the adjectives.
var ssTypes = map[string][]string{"noun": {"1"}, "verb": {"2"}, "adj": {"3", "5"}, "adv": {"4"}}

// SenseShare is the largest share, between 0 and 1, of syn's tagged uses
// in SemCor that a sense of syn shared with word takes, over the parts of
// speech both are words of; -1 when the counts are not installed or syn
// was never tagged.
func (w *WordNet) SenseShare(word, syn string) float64 {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	syn = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(syn), " ", "_"))
	return memo(&w.mu, w.shares, word+"\x00"+syn, func() float64 { return w.senseShare(word, syn) })
}

// senseShare is SenseShare without the cache, for normalised words.
func (w *WordNet) senseShare(word, syn string) float64 {
	if w.counts == nil {
		return -1
	}
	best, tagged := 0.0, false
	for _, p := range parts {
		own, _ := w.allSenses(p, word)
		all, base := w.allSenses(p, syn)
		if len(own) == 0 || len(all) == 0 {
			continue
		}
		counts := w.senseCounts(p, base)
		total := 0
		for _, c := range counts {
			total += c
		}
		if total == 0 {
			continue
		}
		tagged = true
		for r, off := range all {
			if slices.Contains(own, off) {
				best = max(best, float64(counts[r+1])/float64(total))
			}
		}
	}
	if !tagged {
		return -1
	}
	return best
}

// senseCounts maps each sense number of lemma as part of speech p to its
// SemCor tag count, from the lines of cntlist.rev whose keys open with
// "lemma%N:".
func (w *WordNet) senseCounts(p, lemma string) map[int]int {
	out := map[int]int{}
	for _, ss := range ssTypes[p] {
		key := []byte(lemma + "%" + ss + ":")
		for off := w.firstLineFrom(key); off < w.countsSize; {
			line := readLine(w.counts, off)
			if !bytes.HasPrefix(line, key) {
				break
			}
			off += int64(len(line)) + 1
			fs := strings.Fields(string(line))
			if len(fs) < 3 {
				continue
			}
			n, _ := strconv.Atoi(fs[1])
			c, _ := strconv.Atoi(fs[2])
			out[n] += c
		}
	}
	return out
}

// firstLineFrom is the offset of the first line of cntlist.rev not
// sorted before key, by binary search over the sorted lines.
func (w *WordNet) firstLineFrom(key []byte) int64 {
	lo, hi := int64(0), w.countsSize // the line sought starts in [lo, hi]
	for lo < hi {
		mid := lo + (hi-lo)/2
		start := lineStart(w.counts, mid, lo)
		line := readLine(w.counts, start)
		if line == nil {
			return hi
		}
		if bytes.Compare(line, key) < 0 {
			lo = start + int64(len(line)) + 1
		} else {
			hi = start
		}
	}
	return lo
}

// openCounts opens cntlist.rev in dir when it is there: the counts only
// refine synonyms, so a database without them still opens.
func (w *WordNet) openCounts(dir string) {
	f, err := os.Open(dir + "/cntlist.rev")
	if err != nil {
		return
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return
	}
	w.counts, w.countsSize = f, st.Size()
}
