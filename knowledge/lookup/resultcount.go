package lookup

import "strings"

// inheritResultObject gives a bare count that is the object of the
// participle opening a clause of result after a comma the noun of the
// last count before it: "crews had restored service to about 51,000
// customers, leaving roughly 33,000 without power" counts customers in
// 33,000. The -ing clause after the main clause tells what came of it
// (a supplementive clause; Quirk et al. 1985, ch. 15), and its object
// leaves out the head noun the main clause has just given (§12.41,
// ellipsis of the noun phrase head), the way news writing gives the
// rest of a count beside its part. A preposition after the count
// ("33,000 without power") is no noun of its own.
func inheritResultObject(s string, toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n := &qs[i]
		k := frameWord(toks, n.tok)
		if n.kind != qCount || n.unit != "" && !prepositions[n.noun] || k < 1 || !strings.HasSuffix(toks[k].lower, "ing") || !punctuatedBetween(s, toks, k) {
			continue
		}
		for p := i - 1; p >= 0; p-- {
			if prev := qs[p]; prev.kind == qCount && prev.unit != "" {
				n.unit, n.noun, n.mods = prev.unit, prev.noun, prev.mods
				n.end = n.numEnd(toks) // "33,000 without power": the preposition opens its complement, no noun
				n.text = s[toks[n.tok].start:toks[n.end-1].end]
				break
			}
		}
	}
}
