package lookup

// quoteFrameAt reports whether word i of a quotation question only frames
// the quotation asked: "record" in "on the record", where every quotation
// of a news story was given whether or not the article says so, and the
// noun of saying in "any comment from the union", "a reaction from her"
// (saidNouns), which a quotation answers without the noun.
func quoteFrameAt(toks []token, i int) bool {
	l := toks[i].lower
	if l == "record" {
		return pressChannelAt(toks, i)
	}
	return saidNouns[l] && i+1 < len(toks) && toks[i+1].lower == "from"
}
