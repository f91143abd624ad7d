package lookup

import "strings"

// A common-noun place with an of-phrase naming its whole (part of stage
// 4, places). "On the slopes of Volcán Barú", "on the outskirts of Lima":
// the of-phrase postmodifies the place noun and names what the place is
// part of (Quirk et al. 1985, §17.38, the of-phrase as postmodifier;
// §5.116 on the partitive "of"), so the place is the whole noun phrase,
// not "on the slopes" alone.

// ofNameRe is " of", an optional "the", and a run of capitalised words
// (letters of any script: "Volcán Barú").
var ofNameRe = lazyRE(`^ of (?:the )?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)*`)

// ofNameEnd extends a common-noun place ending at end over an of-phrase
// that names its whole; end otherwise, and when the place already ends in
// a name.
func ofNameEnd(text string, start, end int) int {
	f := strings.Fields(text[start:end])
	if len(f) == 0 || f[len(f)-1][0] >= 'A' && f[len(f)-1][0] <= 'Z' {
		return end
	}
	if m := ofNameRe.FindStringIndex(text[end:]); m != nil {
		return end + m[1]
	}
	return end
}
