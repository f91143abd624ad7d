package lookup

import "slices"

// Money by its sign (part of stage 2): a news story writes a sum of
// money as a figure after the currency sign ("pledged $3 million") and
// seldom adds the noun "money" (AP Stylebook, "dollars": "use figures and
// the $ sign"; "cents"), so the noun a question names money by ("who gave
// the money", "how much cash") is held by a sentence's currency sign.
// Only a question that asks the sum, who gave or got it, or whether
// money changed hands ("did the county get any money back": "has
// recovered about $600,000") reads the noun so: "what did she do with
// the money" and "how did she make her money" speak of a particular
// sum, or of wealth, which the sign of any figure does not tell; nor does a question that makes money, which is
// to earn it (WordNet 3.0 lists "make" in the synset "earn, gain, take
// in, clear, make, realize"; see moneyframe.go): a figure lost is none
// made. The nouns are the common ones for money in general: WordNet 3.0's
// {money}, its hyponym {cash, hard cash, hard currency}, "funds" of
// {funds, finances, monetary resource, cash in hand, pecuniary resource},
// and the unit {dollar} with the informal "buck" WordNet gives it.

// moneyNouns are the nouns for money in general.
var moneyNouns = set("money", "cash", "funds", "dollars", "bucks")

// currencySigns are the signs a sum of money is written after.
var currencySigns = []string{"$", "€", "£"}

// withCurrencySigns gives the noun for money (moneyNouns) of a question
// asking how much, who or whether the currency signs the article writes
// as alternatives.
func (e *Engine) withCurrencySigns(q *query, terms []term) []term {
	if q.typ != tAmount && q.typ != tPerson && q.typ != tYesNo || e.makesMoney(q) {
		return terms
	}
	for i := range terms {
		if !moneyNouns[terms[i].lower] || q.typ == tYesNo && terms[i].known {
			continue // "is it paying cash": the article's own "in cash" says it, not any figure
		}
		for _, c := range currencySigns {
			if e.r.vocab[c] && !slices.Contains(terms[i].alts, c) {
				terms[i].alts = append(terms[i].alts, c)
				terms[i].known = true
			}
		}
	}
	return terms
}

// makesMoney reports whether q holds a form of "make", which with money
// is to earn it.
func (e *Engine) makesMoney(q *query) bool {
	return slices.ContainsFunc(q.toks, func(t token) bool { return e.baseVerb(t.lower) == "make" })
}
