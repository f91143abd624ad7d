package lookup

// Estimates in the past perfect (part of stage 4). Business news sets a
// result beside what was expected of it in the past perfect: "Revenue
// slipped 3% to $2.4 billion. Analysts surveyed by FactSet had expected
// earnings of $1.02 per share on revenue of $2.47 billion." The past
// perfect places the expecting before the past time the story tells
// (Quirk et al., §4.21–4.23, "past in the past"), so every figure of its
// clause is what was expected, not what came: an earlier estimate, as
// "was projected to cost" is (earlierEstimate).

// perfectEstimate reports whether figure n of s stands in the clause of
// "had" and a verb of estimating (estimateVerbs: "had expected", "had
// forecast"), after it with no punctuation between.
func perfectEstimate(s *sentence, n quantity) bool {
	for k := n.tok - 1; k >= 1 && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		if estimateVerbs[s.toks[k].lower] && s.toks[k-1].lower == "had" {
			return true
		}
	}
	return false
}
