package lookup

// The headline's unnamed doer, as the lead describes them (part of stage
// 4, who did it). A headline restates the lead in fewer words (AP
// Stylebook, "headlines"), and for want of room it calls a person the
// story never names by a short label ("Dog walker finds body …",
// "Off-duty nurse pulls man from tracks"); the lead tells the same act
// with the person's fuller description as its subject ("A woman walking
// her dog along a creek trail found the body …"), and the body copy, not
// the headline, is what a reader is pointed to (headlinedoer.go does the
// same for a doer the lead names late). So when the headline's doer is an
// unnamed kind of person and the lead tells the headline's act, by its
// verb or a WordNet synonym, of an unnamed person it opens with, the
// answer is the lead's description, cited there.

// commonDoerReply answers with the unnamed doer of the asked act in s
// (commondoer.go): the lead's description when s is the headline
// (leadUnnamedDoer), the people a numbered group stands for
// (numberedgroup.go), else the noun phrase itself.
func (e *Engine) commonDoerReply(q *query, s *sentence) (reply, bool) {
	np, ok := e.commonDoer(q, s)
	if !ok {
		return reply{}, false
	}
	if xs, g := e.numberedGroup(np, s); xs != nil {
		return e.groupReply(xs, g, s), true // "the two men escaped": the two named together before (numberedgroup.go)
	}
	return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true
}
