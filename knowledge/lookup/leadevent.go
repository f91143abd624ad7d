package lookup

// The lead's event (part of stage 4, for ordering two events): a news
// story's first sentence, its lead, tells the story's main event and when
// it happened ("A freight train … derailed late Tuesday"); the sentences
// after it come back to the event by its parts and its consequences
// ("Six of the derailed cars were tank cars") under times of their own
// (the AP Stylebook's summary lead, answering what and when; the
// inverted pyramid of news writing).

// leadOccasion is the lead sentence and its matched words when the lead
// holds all of the alternative (not "the river at 17 feet" of "rose to 24
// feet") and one of its times may date it (eventTimes).
func (e *Engine) leadOccasion(o option) (*sentence, []int, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para != 1 {
			continue
		}
		c := e.score(o.q, i, e.totalWeight(o.q))
		if len(c.matched) == 0 || c.coverage < 1 || !e.holds(o.q, c) || len(e.eventTimesOf(s, c.matched)) == 0 {
			return nil, nil, false
		}
		return s, c.matched, true
	}
	return nil, nil, false
}
