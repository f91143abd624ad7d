package lookup

// A count inside another count's postmodifier (part of stage 4, in
// scoreNumber). "How many" with no noun after it ("how many lost power",
// "how many were hurt") uses "many" as the subject of the verb asked
// (fusedcount.go), so the answer is the figure heading the subject:
// in "174,000 customers in 19 counties had lost power" the phrase "in 19
// counties" postmodifies "customers" (Quirk et al. 1985, §17.37,
// postmodification by a prepositional phrase) and 19 counts where the
// customers are, not who lost power. A count whose number is the
// complement of a positional preposition (Quirk et al., §9.15–§9.17:
// "in", "at", "across", "throughout") straight after another count's noun is such
// a postmodifier.

// postmodifierPrepositions are the positional prepositions of Quirk et
// al., §9.15–§9.17, that place the people or things a count counts.
var postmodifierPrepositions = set("in", "at", "across", "throughout")

// postmodifierCountWeight is -3 for a count of s that stands in the
// prepositional postmodifier of the count before it when q counts with
// "many" alone, else 0.
func postmodifierCountWeight(q *query, s *sentence, n quantity) float64 {
	if q.typ != tCount || len(q.focus) != 0 || q.measure != "" || n.kind != qCount || n.tok < 2 {
		return 0
	}
	if !postmodifierPrepositions[s.toks[n.tok-1].lower] {
		return 0
	}
	for _, m := range s.nums {
		if m.kind == qCount && m.unit != "" && m.end == n.tok-1 {
			return -3
		}
	}
	return 0
}
