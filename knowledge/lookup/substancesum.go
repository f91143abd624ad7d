package lookup

import "slices"

// A sum of money as the measure of a substance (part of stage 4): "how
// much chlorine leaked" asks a quantity of physical matter, measured in
// units of volume or weight ("4,000 gallons", "a ton"); a sum of money
// measures it only as its price or value, and then the sentence names the
// substance the sum is paid for ("$40,000 worth of fuel", "spent $9,000
// on chlorine"). A sum in a sentence that names no such substance is
// another thing's: a fine, a contract, a bill.

// sumOfOtherMatter reports whether money figure n of s cannot measure
// the mass q asks of: the mass is a kind of physical matter (WordNet 3.0,
// a hyponym of "matter", the noun "that has mass and occupies space":
// chlorine, fuel, water, grain) and s names neither it nor a kind of it.
// A mass noun of no such kind ("aid", "funding", "pay") is often a sum
// itself, which a sentence may give without naming it.
func (e *Engine) sumOfOtherMatter(q *query, s *sentence, n quantity) bool {
	if n.kind != qMoney || e.noLex || q.countsMoney() {
		return false
	}
	mass, word := q.measuredMass()
	if len(mass) == 0 || word == "" || !e.lex.KindOf(singular(word), "matter") {
		return false
	}
	return !slices.ContainsFunc(s.toks, e.massMeets(mass, word))
}
