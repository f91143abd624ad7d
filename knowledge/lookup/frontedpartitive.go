package lookup

// A fronted partitive (part of stage 1, numbers): "Of the 23 people hurt,
// six were taken to a hospital in Wichita". An of-phrase naming a set may
// be fronted before the clause that counts a part of it, the partitive
// "six of the 23 people hurt" with its of-phrase moved to the front for
// focus (Quirk et al., A Comprehensive Grammar, §5.9 on the of-partitive;
// §18.20 on fronting). So the count in the fronted phrase is the whole,
// the bare count opening the clause after the comma is a part of it and
// counts the same noun, and what the phrase says of its noun ("hurt") is
// given of the whole, as a premodifier's words are in "Six of the derailed
// cars" (thosepartitive.go): the part is counted by what the clause says
// of it ("were taken to a hospital").

// frontedPartitive marks the whole and the part of a sentence that opens
// with "Of (the) N X …," followed by a count: N is the whole, the count
// after the comma the part, given N's noun when it has none of its own.
func frontedPartitive(s string, toks []token, qs []quantity) {
	if len(toks) < 4 || toks[0].lower != "of" {
		return
	}
	w := -1
	for i, n := range qs {
		first := 1
		if toks[1].lower == "the" || possessiveDeterminers[toks[1].lower] {
			first = 2
		}
		if n.tok == first && n.kind == qCount && n.unit != "" {
			w = i
		}
	}
	if w < 0 || w+1 >= len(qs) {
		return
	}
	whole, part := &qs[w], &qs[w+1]
	if part.kind != qCount || !punctuatedBetween(s, toks, part.tok) {
		return
	}
	var said []string
	for k := whole.end; k < part.tok; k++ {
		if k > whole.tok && punctuatedBetween(s, toks, k) || toks[k].cap {
			return // the fronted phrase ends at the comma before the part; a name opens no postmodifier
		}
		if !stopWords[toks[k].lower] {
			said = append(said, toks[k].stem)
		}
	}
	whole.whole, part.part = true, true
	if part.unit == "" {
		part.unit, part.noun = whole.unit, whole.noun
		part.mods = append(append([]string(nil), whole.mods...), said...)
	}
}
