package wordnet

import (
	"strconv"
	"strings"
)

// Broader returns the words of the synsets at most steps hypernym links
// ("@", "@i") above word's most frequent sense in its main part of
// speech of noun and verb (mainPart): "venison" → game, meat; "rifle" →
// firearm, gun; "seize" → take. A verb's hypernym link leads to the act
// it is a manner of (troponymy, Fellbaum 1998, "WordNet", ch. 3), a
// noun's to the kind it belongs to (Cruse 1986, "Lexical Semantics",
// ch. 4), so what the narrower word says the broader says too. Only the
// first sense is climbed, as Narrower climbs it: a rarer sense reaches
// too far.
func (w *WordNet) Broader(word string, steps int) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if word == "" || steps < 1 {
		return nil
	}
	return memo(&w.mu, w.near, "up"+strconv.Itoa(steps)+"\x00"+word, func() []string {
		if base := w.Lemma(word); base != "" {
			word = strings.ReplaceAll(base, " ", "_")
		}
		seen := map[string]bool{word: true}
		var out []string
		for _, p := range []string{"noun", "verb"} {
			offs, _ := w.senses(p, word)
			if len(offs) == 0 || !w.mainPart(word, p) {
				continue
			}
			level := offs[:1]
			for s := 0; s < steps && len(level) > 0; s++ {
				var next []int64
				for _, off := range level {
					for _, sym := range []string{"@", "@i"} {
						for _, t := range w.pointers(p, off, sym) {
							next = append(next, t.off)
							for _, l := range w.synset(p, t.off) {
								if !seen[l] {
									seen[l] = true
									out = append(out, strings.ReplaceAll(l, "_", " "))
								}
							}
						}
					}
				}
				level = next
			}
		}
		return out
	})
}
