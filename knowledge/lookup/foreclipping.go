package lookup

import "strings"

// foreClipping reports whether the shorter of two stems is the other with
// its front cut off, as English also clips words at the front ("phone" of
// "telephone", "plane" of "airplane", "quake" of "earthquake"; Quirk et
// al., A Comprehensive Grammar of the English Language, App. I.74;
// Bauer, "English Word-formation", 1983, §9.2). Only a word WordNet 3.0
// files in one synset with the other is taken for its clipping
// (meaning's synonymsKnown), so "fall" is no clipping of "rainfall",
// which WordNet does not call "fall". News writing varies the word for
// the event on later reference ("earthquake", then "quake"), and a
// reader types the short one.
func foreClipping(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && len(b) > len(a) && strings.HasSuffix(b, a) && !stopWords[a] && !particles[a]
}
