package lookup

// The amplifier in a noun phrase asked about (part of stage 4). "How much
// is the total budget" asks the amount of the budget: "total", "entire",
// "whole" and "overall" before a noun are amplifying adjectives that
// scale what the noun names up to its whole, and neither classify it nor
// name another thing (Quirk et al. 1985, §7.33–7.35, emphasizers and
// amplifiers: "total destruction", "the entire book"). The article names
// the budget's amount without the word ("a $38.4 million spending
// plan"), so the amplifier is no term of the question, and the phrase's
// head is still its noun.

// amplifierAdjectives are the amplifying adjectives of Quirk et al.
// §7.33–7.35 that premodify a noun of quantity or extent.
var amplifierAdjectives = set("total", "entire", "whole", "overall", "full", "complete")

// amplifierBeforeHead reports whether question token k is an amplifier
// the query does not weigh, before the head of the phrase (head < 0):
// the phrase goes on past it.
func amplifierBeforeHead(q *query, k, head int, isTerm bool) bool {
	return head < 0 && !isTerm && amplifierAdjectives[q.toks[k].lower] && k+1 < len(q.toks)
}
