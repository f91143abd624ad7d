package lookup

// A place the story calls "this village" (part of stage 4, places): a
// datelined report is told from its dateline, so a proximal demonstrative
// before a place noun ("derailed outside this village of 2,300 people",
// "residents of this city") points at the dateline's place (AP
// Stylebook, "datelines": the dateline names the place where the story's
// news happened; Quirk et al., §6.40–6.41, "this" as the proximal,
// situational demonstrative, whose point of reference is the speaker's
// own place). Such a sentence names its place, the dateline's, as surely
// as "in Marlow" would: a place named in another sentence (the
// headline's "in Ohio village") does not answer before it.

// demonstrativePrepositions are the prepositions of position and source
// (Quirk et al., §9.15–9.25) before which "this N" sets an event.
var demonstrativePrepositions = set("in", "at", "near", "outside", "from", "around", "inside", "within", "through", "across")

// demonstrativeDateline answers a where-question from candidate c, which
// holds the whole question, when its sentence sets the act "in this
// village" or the like: the place is the lead's dateline.
func (e *Engine) demonstrativeDateline(q *query, c candidate) (reply, bool) {
	s := &e.r.sents[c.s]
	if s.part != "" || !wholeQuestion(c) || !e.demonstrativePlace(s) {
		return reply{}, false
	}
	lead := e.leadSentence()
	if lead == nil {
		return reply{}, false
	}
	ph := datelinePlace(lead)
	if ph == "" || e.inQuestion(q, ph) {
		return reply{}, false
	}
	r := placeReply(ph, s)
	if lead != s {
		r.used = append(r.used, lead)
	}
	return r, true
}

// demonstrativePlace reports whether s holds a preposition of place,
// "this", and a noun WordNet files under a geographical area or an
// administrative district ("this village", "this county", "this town").
func (e *Engine) demonstrativePlace(s *sentence) bool {
	for i := 1; i+1 < len(s.toks); i++ {
		if s.toks[i].lower != "this" || !demonstrativePrepositions[s.toks[i-1].lower] {
			continue
		}
		n := s.toks[i+1].lower
		if e.lex.KindOf(n, "geographical_area") || e.lex.KindOf(n, "administrative_district") {
			return true
		}
	}
	return false
}
