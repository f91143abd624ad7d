package lookup

// The whole sum of a partitive (part of stage 1, numbers): "Part of the
// $42 million, about $6 million, will be set aside" tells a part of a
// sum; the sum after "part of" is the whole the part is taken from, not
// what the clause's verb acts on (Quirk et al., A Comprehensive Grammar,
// §5.8-5.9 on the of-partitive: "part of", "some of", "most of", "half
// of", "the rest of"). So the whole answers no question of the part; the
// part itself is often given in apposition after it, or in another
// sentence.

// partitiveHeads are the quantifiers and nouns of part that head an
// of-partitive (Quirk et al., §5.8-5.9).
var partitiveHeads = set("part", "portion", "share", "some", "much", "most", "half", "rest", "remainder", "bulk")

// wholeOfPartitive marks as whole each sum of money that is the
// complement of "of" after a partitive head, past "the" or a possessive
// determiner ("part of the $42 million", "half of its $3 million").
func wholeOfPartitive(toks []token, qs []quantity) {
	for i := range qs {
		n := &qs[i]
		if n.kind != qMoney {
			continue
		}
		k := n.tok - 1
		if k >= 0 && (toks[k].lower == "the" || possessiveDeterminers[toks[k].lower]) {
			k--
		}
		if k >= 1 && toks[k].lower == "of" && partitiveHeads[toks[k-1].lower] {
			n.whole = true
		}
	}
}
