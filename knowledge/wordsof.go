package knowledge

// "In the words of Ranger Wesley Booth, the pair \"knew every back
// road\"": the idiom "in the words of" names whose words follow, as
// "according to" does (Merriam-Webster, "word", the phrase "in the words
// of": "as said or written by"). The quotation's speaker is the object
// of its "of", though no verb of saying stands in the sentence.

// wordsOfSource reports whether token i of p is the "of" of "in the
// words of", all four words in one sentence.
func wordsOfSource(p *para, i int) bool {
	if i < 3 || tokKey(p.toks[i].s) != "of" {
		return false
	}
	for n, w := range []string{"words", "the", "in"} {
		t := p.toks[i-1-n]
		if tokKey(t.s) != w || t.sent != p.toks[i].sent {
			return false
		}
	}
	return true
}
