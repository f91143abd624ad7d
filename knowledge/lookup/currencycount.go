package lookup

import "slices"

// "How many dollars" (part of stage 1, the answer type): "how many"
// before a plural count noun asks a number of things, and "how much"
// before a noncount noun a quantity (Quirk et al. 1985, §5.23, §6.52);
// a currency unit is a count noun that measures money, so "how many
// dollars did they spend" and "how many bucks was a pass" ask the sum of
// money that "how much did they spend" asks. A news story writes that sum
// as a figure after the currency sign and never with the unit's noun
// ("at $65"; AP Stylebook, "dollars": "use figures and the $ sign"), so
// the question is read as an amount, whose noun the sign holds
// (moneynoun.go). The units are ISO 4217's currency names (words.go's
// currencies) and the nouns WordNet 3.0 gives as their synonyms in a
// common sense ("buck" in {dollar, dollar bill, one dollar bill, buck,
// clam}). "Pounds" is left a count: it names a weight as often, and AP
// style writes the British currency with its sign or as "pounds
// sterling" (AP Stylebook, "pound"; numbers.go's weightNotMoney).

// currencyCounted reports whether the noun stem a count counts names a
// currency unit.
func (e *Engine) currencyCounted(focus []string) bool {
	if len(focus) != 1 || measureUnits[focus[0]] != "" || measureUnits[focus[0]+"s"] != "" {
		return false // "how many pounds of eels": a weight
	}
	f := focus[0]
	if currencies[f] || currencies[f+"s"] {
		return true
	}
	if e.noLex || !e.canBe(f, "noun") {
		return false
	}
	return slices.ContainsFunc(e.lex.Synonyms(f), func(w string) bool { return currencies[w] && measureUnits[w] == "" })
}

// currencyAsAmount retypes a count of a currency unit as an amount of
// money.
func (e *Engine) currencyAsAmount(q *query) {
	if q.typ == tCount && e.currencyCounted(q.focus) {
		q.typ = tAmount
	}
}
