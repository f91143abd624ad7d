package lookup

// What a sum in "at a cost of" prices (part of stage 4). "At a cost of
// $600,000", "at a total cost of $2 million" is an adjunct of the clause
// it ends, not a noun phrase of its own: "at the cost of" means "with the
// expenditure of" (Merriam-Webster, "cost" noun 1 and the phrase "at the
// cost of"), so the sum is what the clause's act spent, and the thing
// the act makes or buys is what it cost: "The museum installed a new
// alarm system in 2021 at a cost of $600,000" tells what the alarm
// system cost, as "the alarm system cost $600,000" would. The of-phrase
// after a noun of price names the priced thing directly instead
// (pricenounof.go); this is the adjunct the of-phrase quantifies.

// adjunctPriceFit is headFit's answer for a noun of price h in an
// adjunct "at a (total, estimated) cost of": 1 when the noun asked
// stands in the clause before "at" (back to the first punctuation), 0
// when it does not, as the sum names no other thing; ok is false when h
// is no such adjunct's head.
func adjunctPriceFit(s *sentence, h int, asked string) (fit int, ok bool) {
	toks := s.toks
	if !priceNouns[toks[h].lower] || h+1 >= len(toks) || toks[h+1].lower != "of" {
		return 0, false
	}
	k := h - 1
	for j := 0; j < 2 && k > 0 && toks[k].lower != "a" && toks[k].lower != "an" && !stopWords[toks[k].lower]; j++ {
		k-- // "at a total cost of", "at an estimated cost of"
	}
	if k < 1 || (toks[k].lower != "a" && toks[k].lower != "an") || toks[k-1].lower != "at" {
		return 0, false
	}
	st := stemOf(asked)
	for j := k - 2; j >= 0 && !punctuatedBetween(s.text, toks, j+1); j-- {
		if toks[j].meets(st) {
			return 1, true
		}
	}
	return 0, true
}
