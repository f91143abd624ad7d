package lookup

// A place adverb may postmodify a noun phrase ("the people there", "the
// hens there"; Quirk et al. 1985, §17.108, adverbs as postmodifiers), so
// it stands between a counted noun and the verb the count is subject of:
// "about 1.9 million laying hens there will be killed" counts the hens
// killed as "1.9 million hens will be killed" does.

// placePostmodifiers are the place adverbs that postmodify a noun
// phrase (Quirk et al. 1985, §7.46, "here" and "there" as pro-forms of
// place).
var placePostmodifiers = set("there", "here")

// afterPlacePostmodifier is the index after a place adverb that
// postmodifies n's noun phrase and is followed by an auxiliary of the
// count's verb, or n.end when there is none.
func afterPlacePostmodifier(s *sentence, n quantity) int {
	j := n.end
	if n.unit != "" && j+1 < len(s.toks) && placePostmodifiers[s.toks[j].lower] && passiveAux[s.toks[j+1].lower] && !punctuatedBetween(s.text, s.toks, j) {
		return j + 1
	}
	return j
}
