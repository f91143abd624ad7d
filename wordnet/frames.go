package wordnet

import (
	"strconv"
	"strings"
)

// Intransitive reports whether a verb in its most frequent senses takes no
// object: every sentence frame WordNet gives those senses is one without a
// noun phrase after the verb ("Somebody ----s", "Somebody ----s PP"). A
// noun of such a verb's act with an of-phrase names the act's doer ("the
// retirement of Gerald Finch": Finch retired; Quirk et al. 1985, §17.51 on
// the subjective genitive and the of-phrase). The frames are the verb
// frames of wninput(5WN), read from the synset's data line.
func (w *WordNet) Intransitive(word string) bool {
	word = w.verbKey(word)
	return memo(&w.mu, w.kinds, "\x02"+word, func() bool {
		offs, _ := w.senses("verb", word)
		if len(offs) == 0 {
			return false
		}
		for _, off := range offs[:min(len(offs), sensesPerWord)] {
			frames := w.frames(off)
			if len(frames) == 0 {
				return false
			}
			for _, f := range frames {
				if objectFrames[f] {
					return false
				}
			}
		}
		return true
	})
}

// objectFrames are the verb frames of wninput(5WN) with a noun phrase
// object: "Somebody ----s something" (8), "… somebody" (9), "Something
// ----s somebody" (10), "… something" (11), the ditransitive and
// object-complement frames (5, 14–21, 24, 25, 30, 31).
var objectFrames = map[int]bool{5: true, 8: true, 9: true, 10: true, 11: true, 14: true, 15: true,
	16: true, 17: true, 18: true, 19: true, 20: true, 21: true, 24: true, 25: true, 30: true, 31: true}

// frames returns the frame numbers of the verb synset at off: the "+ f_num
// w_num" entries after its pointers.
func (w *WordNet) frames(off int64) []int {
	fs := strings.Fields(string(readLine(w.data["verb"], off)))
	k, pc, ok := pointerField(fs)
	if !ok {
		return nil
	}
	k += 1 + 4*pc
	if k >= len(fs) {
		return nil
	}
	fc, _ := strconv.Atoi(fs[k])
	var out []int
	for i := 0; i < fc && k+3+3*i <= len(fs); i++ {
		if f, err := strconv.Atoi(fs[k+2+3*i]); err == nil {
			out = append(out, f)
		}
	}
	return out
}

// verbKey is a verb as the index spells its base: lower case, spaces as
// underscores, an inflected form as its lemma.
func (w *WordNet) verbKey(word string) string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if base := w.Lemma(word); base != "" {
		word = strings.ReplaceAll(base, " ", "_")
	}
	return word
}
