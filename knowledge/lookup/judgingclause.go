package lookup

// A court's or a panel's grounds in a participle clause of judging (part
// of stage 4, reasons). News writing tells a decision and then, after a
// comma, the finding it rests on in a supplementive -ing clause of a verb
// of judging with a "that" clause: "A federal appeals court struck down
// the ordinance, ruling that it discriminated against out-of-state
// owners"; "The board denied the permit, finding that the site floods".
// The supplementive clause leaves its relation to the main clause to the
// reader, most often reason (Quirk et al. 1985, §15.60–15.61), as the
// participles of saying do (reasonclause.go); a verb of judging with a
// "that" clause states the judgment the act was grounded on. The verbs
// are WordNet 3.0's "rule, find" (v. 00972017, "decide on and make a
// declaration about"), "declare, adjudge, hold" (v. 00822385, "judge held
// that the defendant was innocent") and "reason, conclude" (v. 00634490,
// "decide by reasoning; draw or come to a conclusion"). The "that" must
// follow: "finding a body", "holding a sign" and "ruling party" judge
// nothing.

// judgingParticiples are the -ing forms of those verbs of judging.
var judgingParticiples = set("ruling", "finding", "holding", "concluding", "adjudging", "declaring")

// judgingClauseAt reports whether token i of s opens a supplementive
// clause of judging: a judging participle after a comma with "that"
// right after it.
func judgingClauseAt(s *sentence, i int) bool {
	return judgingParticiples[s.toks[i].lower] && i > 0 && i+1 < len(s.toks) &&
		commaBefore(s, i) && s.toks[i+1].lower == "that" && !s.quoted[i]
}
