package lookup

// A partitive of "those" (part of stage 1): "Eleven of those taken to
// hospitals were children", "two of those who died". The demonstrative
// "those" with a postmodifier heads a noun phrase meaning "the people
// (or things) that …" (Quirk et al. 1985, §6.41 on "those who" and
// §17.13 on postmodification), so the number before "of those" counts a
// part of the set the postmodifier defines, as "Six of the derailed cars"
// counts a part of the cars: what the sentence then says of the part
// ("were children") is what it counts, and the postmodifier's words are
// given of the whole, as a premodifier's are.

// thosePartitive is the stems of the content words of the postmodifier
// after "of those" at token j, up to the verb of the clause the number
// heads ("were", "had") or a punctuation mark; ok is false when j opens
// no such phrase or the postmodifier holds no content word.
func thosePartitive(s string, toks []token, j int) ([]string, bool) {
	if j+2 >= len(toks) || toks[j].lower != "of" || toks[j+1].lower != "those" || punctuatedBetween(s, toks, j+2) {
		return nil, false
	}
	var mods []string
	for k := j + 2; k < len(toks) && k < j+8 && !punctuatedBetween(s, toks, k); k++ {
		t := toks[k]
		if auxiliaries[t.lower] || beForms[t.lower] || t.cap || isNumeric(t) {
			break // "… were children": the clause's own verb ends the phrase
		}
		if !stopWords[t.lower] {
			mods = append(mods, t.stem)
		}
	}
	return mods, len(mods) > 0
}
