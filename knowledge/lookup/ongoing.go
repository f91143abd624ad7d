package lookup

// ongoingEntry are the words that put an ongoing event into its Nth unit
// of time: "the strike entered its seventh day", "now in its third week",
// "going into its second year". News writing states how long an event has
// lasted so far this way (AP Stylebook: "the strike, now in its second
// week"), an ordinal of a unit of time with the event's possessive
// (Quirk et al., §6.19 and §8.58: the ordinal counts the units of the
// duration up to the time of the report).
// "Hit" is WordNet's synonym of "reach" (reach, hit, attain: "to reach a
// point in time"), as headlines use it ("strike hits seventh day").
var ongoingEntry = set("in", "into", "entered", "enters", "entering", "enter", "reached", "reaches", "reaching",
	"hit", "hits", "hitting")

// asksSoFar reports whether q asks how long something has gone on up to
// now: the perfect ("has lasted", "has been going") or "so far"/"now"
// (Quirk et al., §4.22, the perfect with adjuncts of duration).
func (q *query) asksSoFar() bool {
	if q.perfectBe() {
		return true
	}
	for i, t := range q.toks {
		switch {
		case t.lower == "far" && i > 0 && q.toks[i-1].lower == "so", t.lower == "now":
			return true
		case (t.lower == "has" || t.lower == "have") && i > 0 && q.toks[i-1].lower == "long":
			return true // "how long has the strike gone on"
		}
	}
	return false
}

// ongoingSpan answers "how long has X gone on (so far)" with the ordinal
// unit an ongoing event has entered ("entered its seventh day"), when a
// word of the question names the event before it in the sentence.
func (e *Engine) ongoingSpan(q *query) (reply, bool) {
	if q.measure != "long" || !q.asksSoFar() || q.asksInterval() {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k+1 < len(s.toks); k++ {
			o := ordinalAfterEntry(s, k)
			if o < 0 || o+1 >= len(s.toks) {
				continue
			}
			ord := s.toks[o]
			if ordinalWords[ord.lower] == 0 && !ordinalRe.MatchString(ord.lower) || measureOf(s.toks[o+1].stem) != "time" {
				continue
			}
			if !e.eventNamedBefore(q, s, k-1) {
				continue
			}
			head := "In its " + ord.text + " " + s.toks[o+1].text + " so far."
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// ordinalAfterEntry is the index of the token after the entry word at
// k-1 and the event's possessive ("entered its seventh day"), or in the
// headline, which drops determiners (headlinese; AP Stylebook,
// "headlines"), right after the entry word ("strike enters second
// week"); -1 when k-1 is no entry word.
func ordinalAfterEntry(s *sentence, k int) int {
	switch {
	case !ongoingEntry[s.toks[k-1].lower]:
		return -1
	case s.toks[k].lower == "its" || s.toks[k].lower == "their":
		return k + 1
	case s.para == 0:
		return k
	}
	return -1
}

// eventNamedBefore reports whether a noun of q, the event asked about,
// stands in s before token end.
func (e *Engine) eventNamedBefore(q *query, s *sentence, end int) bool {
	for _, t := range q.terms {
		if lightVerbs[t.lower] || typeWords[t.lower] || t.lower == "far" || t.lower == "long" {
			continue
		}
		if !e.noLex && !e.canBe(t.lower, "noun") {
			continue
		}
		for j := 0; j < end; j++ {
			if t.matches(s.toks[j]) {
				return true
			}
		}
	}
	return false
}
