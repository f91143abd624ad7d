package lookup

// The reason before the event it explains (part of stage 4, reasons). A
// why-question takes its event for granted and asks only for the reason
// (Quirk et al., §11.14, on the presupposition of a wh-question), so the
// part of a reply that answers it is the reason: the focus of an answer is
// the part that fills the question's wh-word (question–answer congruence:
// Krifka, "For a structured meaning account of questions and answers",
// 2001). When a reason answer joins the sentence that tells the event to a
// neighbour after it that gives the reason (the next sentence, the actor's
// own account, a paragraph of cause) while the event's own sentence gives
// none, the neighbour answers first and the event follows as its setting,
// as "what killed him" already puts the cause first (reason.go). The
// grounds of a view asked about ("why does she think …") follow the view,
// which the question names.

// resultOpeners open a sentence that tells the outcome of the one
// before, not its reason: the result conjuncts (Quirk et al., §8.137,
// "so", "therefore", "thus", "consequently", "hence", "as a result").
var resultOpeners = set("so", "therefore", "thus", "consequently", "hence", "as")

// reasonFirst puts the sentence after s that gives its reason before s,
// when used is s, which states no cause itself and tells no view asked
// about (kept false), and that one sentence, which does not open with a
// conjunct of result.
func reasonFirst(used []*sentence, s *sentence, kept bool) []*sentence {
	if kept || len(used) != 2 || used[0] != s || len(used[1].toks) == 0 || resultOpeners[used[1].toks[0].lower] {
		return used
	}
	return []*sentence{used[1], s}
}
