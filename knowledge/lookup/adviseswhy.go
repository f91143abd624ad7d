package lookup

// Why advised (part of stage 4, reasons). "why should hikers carry a
// satellite messenger" asks the grounds of advice, not of an act done:
// "should", "must" and "ought to", and "need to" or "have to", state
// obligation and advice (Quirk et al., A Comprehensive Grammar of the
// English Language, §4.58–4.60, the modals of obligation), and a news
// story reports advice with a directive verb whose object is to do the
// act ("Petrakis urged hikers to carry …"; §16.52). So the act under a
// directive, which answers no "why did X do it" (directive.go), is what
// such a question asks about, when its sentence gives the grounds too
// ("… so that they can call for help").

// adviceModals are the modals and semi-modals of obligation and advice
// (Quirk et al. 1985); "need" and "have" count only before "to".
var adviceModals = set("should", "must", "ought", "need", "needs", "have", "has", "supposed", "meant")

// asksAdvisedWhy reports whether q puts its verb under a modal of
// obligation: "should", "must" or "ought", or "need", "needs", "have",
// "has" before "to".
func asksAdvisedWhy(q *query) bool {
	for k, t := range q.toks {
		switch {
		case t.lower == "should" || t.lower == "must" || t.lower == "ought":
			return true
		case adviceModals[t.lower] && k+1 < len(q.toks) && q.toks[k+1].lower == "to":
			return true
		}
	}
	return false
}

// advisedWithGrounds reports whether q asks why something ought to be
// done and s gives a cause: then an act s directs is the act asked.
func (e *Engine) advisedWithGrounds(q *query, s *sentence) bool {
	return q.typ == tReason && asksAdvisedWhy(q) && e.givesCause(s)
}
