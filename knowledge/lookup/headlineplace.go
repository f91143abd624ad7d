package lookup

// The headline's event placed by the dateline (part of stage 4, places):
// a news headline summarises the lead's event ("Bus crash on icy highway
// injures 23" over "BRENNAN PASS, Mont. (AP) — A charter bus … slid off
// an icy stretch of Interstate 90"; AP Stylebook, "headlines": the
// headline tells the main news of the lead), and the dateline gives the
// place of that news (datelineplace.go). So when only the headline holds
// every word of a where-question ("where did the bus crash") and names no
// place, the lead's dateline answers, citing the headline and the lead.

// headlineDateline answers from the dateline of the lead when candidate
// c is the headline and holds the whole question; found is false
// otherwise.
func (e *Engine) headlineDateline(q *query, c candidate) reply {
	s := &e.r.sents[c.s]
	if s.part != "title" || !wholeQuestion(c) {
		return reply{}
	}
	lead := e.leadSentence()
	if lead == nil {
		return reply{}
	}
	if ph := datelinePlace(lead); ph != "" && !e.inQuestion(q, ph) {
		r := placeReply(ph, lead)
		r.used = []*sentence{s, lead}
		return r
	}
	return reply{} // the first body sentence has no dateline
}
