package lookup

// The count that is the subject of the act asked, when the question
// counts with "many" alone (part of stage 4, in scoreNumber). "How many
// are still missing" uses "many" as the head of its own noun phrase
// (Quirk et al., A Comprehensive Grammar of the English Language, 1985,
// §5.23 and §6.51, quantifiers as pronouns; fusedcount.go), the subject
// of the verb asked; news writing answers it with a count of the same
// shape, a numeral with no noun after it ("but 11 are still missing",
// "the other two have not decided", "Six plan to retire"; §6.51 on
// numerals used pronominally), or a count of people or things as the
// subject or object of that verb. So a count whose own verb is the
// question's word (act 2, numberVerbs) counts the people or things asked,
// as ownVerbWeight says of a count with a noun asked; a figure of a unit
// of measure (hours, miles) counts no participants of the act (NIST
// Special Publication 811 on units; "more than 30 hours after … gave
// way" dates the act and counts no one).
//
// Between the auxiliary and the verb an adverb may stand in the medial
// position (Quirk et al. 1985, §8.20–§8.22, positions of adjuncts:
// "are still missing", "have also been found", "were already dead"),
// which the number's verb skips as it skips the auxiliaries.

// medialAdverbs are the adverbs of time and focus that news copy puts in
// the medial position between an auxiliary and its verb (Quirk et al.
// 1985, §8.20–§8.22; §8.116 on focusing "also", "only"; §8.55 and §8.57
// on the time relationship adverbs "still", "already", "yet", "now",
// "never", "ever").
var medialAdverbs = set("still", "also", "already", "yet", "now", "never", "ever", "only")

// fusedSubjectWeight is 2 for a count of s whose own verb is the
// question's word when q counts with "many" alone and asks no measure,
// and the count is in no unit of measure; 0 otherwise.
func fusedSubjectWeight(q *query, n quantity, act float64) float64 {
	if act != 2 || q.typ != tCount || len(q.focus) != 0 || q.measure != "" || n.kind != qCount || measureOf(n.unit) != "" {
		return 0
	}
	return 2
}
