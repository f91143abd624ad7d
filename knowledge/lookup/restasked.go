package lookup

import "slices"

// "The rest" and "the others" asked (part of stage 2): with the definite
// article, "rest" is a noun naming what is left of a group once a part
// has been told (WordNet 3.0, remainder.n.01: "something left after other
// parts have been taken away"), and "the others" is the pronoun of the
// same remainder; news writing names that remainder with the premodifiers
// "the remaining N" and "the other N" (Quirk et al. 1985, §6.56 and
// §7.39; remainder.go). So a question's "the rest" or "the others"
// ("have they found the rest") meets the article's "the other 31 have
// not been found" and "the remaining two are still missing", and not the
// verb senses of "rest" WordNet offers ("remain", "stay").

// withRemainderWords gives a term that is the noun "rest" or the pronoun
// "others" after "the" the words that name a remainder as its synonyms,
// those the article writes.
func (e *Engine) withRemainderWords(q *query, terms []term) []term {
	for i, t := range q.toks {
		if i == 0 || q.toks[i-1].lower != "the" || t.lower != "rest" && t.lower != "others" {
			continue
		}
		var alts []string
		for w := range remainderWords {
			if st := stemOf(w); e.r.vocab[st] {
				alts = append(alts, st)
			}
		}
		for w := range remainderNouns {
			if st := stemOf(w); e.r.vocab[st] && w != "balance" {
				alts = append(alts, st) // not "balance", which news writes of money and of poise
			}
		}
		if len(alts) == 0 {
			continue
		}
		slices.Sort(alts)
		for k := range terms {
			if terms[k].lower == t.lower {
				terms[k].alts, terms[k].known, terms[k].weak = alts, true, false
			}
		}
	}
	return terms
}
