package wordnet

import (
	"slices"
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
		var out []string
		for _, p := range []string{"noun", "verb"} {
			if w.mainPart(w.base(word), p) {
				out = appendNew(out, w.climbWords(word, p, steps)...)
			}
		}
		return out
	})
}

// BroaderAs is Broader over word's first sense as part of speech p
// ("noun", "verb") only, whichever part it is used in more: "grants"
// written as a noun is a kind of financial aid, though "grant" is more
// often a verb.
func (w *WordNet) BroaderAs(word, p string, steps int) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	if word == "" || steps < 1 {
		return nil
	}
	return memo(&w.mu, w.near, "up"+p+strconv.Itoa(steps)+"\x00"+word, func() []string {
		return w.climbWords(word, p, steps)
	})
}

// base is word's irregular base form, or word.
func (w *WordNet) base(word string) string {
	if b := w.Lemma(word); b != "" {
		return strings.ReplaceAll(b, " ", "_")
	}
	return word
}

// climbWords returns the words of the synsets at most steps hypernym
// links above word's first sense as part of speech p.
func (w *WordNet) climbWords(word, p string, steps int) []string {
	word = w.base(word)
	offs, _ := w.senses(p, word)
	if len(offs) == 0 {
		return nil
	}
	var out []string
	level := offs[:1]
	for s := 0; s < steps && len(level) > 0; s++ {
		var next []int64
		for _, off := range level {
			for _, sym := range []string{"@", "@i"} {
				for _, t := range w.pointers(p, off, sym) {
					next = append(next, t.off)
					for _, l := range w.synset(p, t.off) {
						if l != word {
							out = appendNew(out, strings.ReplaceAll(l, "_", " "))
						}
					}
				}
			}
		}
		level = next
	}
	return out
}

// appendNew appends to out each of ws it does not hold yet.
func appendNew(out []string, ws ...string) []string {
	for _, x := range ws {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
