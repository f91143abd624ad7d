package wordnet

import "strings"

// OpposedAdjectives returns the adjectives of the cluster opposite the
// word's in WordNet's adjective clusters: the direct antonym of the
// cluster's head and the satellites similar to that antonym. WordNet
// files an adjective either as a head with a direct antonym or as a
// satellite similar to a head, and a satellite is an indirect antonym of
// the opposite head and of its satellites (Gross and Miller 1990,
// "Adjectives in WordNet"): "interim" and "temporary" are satellites of
// "impermanent", the antonym of "permanent", so each is opposed to
// "permanent". The word's most frequent adjective senses are read.
func (w *WordNet) OpposedAdjectives(word string) []string {
	word = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(word), " ", "_"))
	return memo(&w.mu, w.opposed, "cluster\x00"+word, func() []string {
		seen := map[string]bool{word: true}
		var out []string
		add := func(off int64) {
			for _, l := range w.synset("adj", off) {
				if l = marker(l); !seen[l] {
					seen[l] = true
					out = append(out, strings.ReplaceAll(l, "_", " "))
				}
			}
		}
		offs, _ := w.senses("adj", word)
		for _, off := range offs {
			heads := []int64{off}
			if w.satellite(off) {
				heads = nil
				for _, t := range w.pointers("adj", off, "&") {
					heads = append(heads, t.off)
				}
			}
			for _, h := range heads {
				for _, a := range w.pointers("adj", h, "!") {
					add(a.off)
					for _, s := range w.pointers("adj", a.off, "&") {
						add(s.off)
					}
				}
			}
		}
		return out
	})
}

// satellite reports whether the adjective synset at off is a satellite
// (type "s" in data.adj, wndb(5WN)).
func (w *WordNet) satellite(off int64) bool {
	fs := strings.Fields(string(readLine(w.data["adj"], off)))
	return len(fs) > 2 && fs[2] == "s"
}
