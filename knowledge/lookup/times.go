package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Times (part of stage 4): when something happened, by the time
// expression beside the verb asked about.

// timeRe finds time expressions of news writing (AP Stylebook, "dates",
// "days of the week", "time of day", "noon", "midnight"): dates, weekdays,
// clock times, noon and midnight, years, the seasons after "in" ("in the
// spring", "in fall 2025") or before a year ("the fall 2026 semester"; AP
// Stylebook, "seasons"), relative times ("two
// weeks ago", and a sports season counted so: "two seasons ago"), the
// deictic days and "overnight" (Quirk et al. 8.55 on deictic time
// adverbials), the game clock counting down ("with 19 seconds left", as AP
// sports style times a late play), the wait until a time ahead ("is
// expected in 12 to 18 months", "within 48 hours"), and the minutes of a
// match report. A clock time ends its word boundary before the closing
// period of "a.m." ("6:42 a.m. EDT"): a boundary after the period would
// need a letter to follow it. A preposition of time may be narrowed by an
// adverb ("shortly after 6 a.m."; Quirk et al. 8.57 on adjuncts of time
// relationship). A year before 1900 is read only after a preposition of
// time ("founded in 1891"): AP style writes a year in figures without a
// comma (AP Stylebook, "years") but every other figure of four digits with
// one ("1,891 students"; "numerals"), yet a bare "1500" may still be a
// distance or a model, while the years of this century and the last are
// read bare as before. A weekday set before its date by a comma
// ("Tuesday, Nov. 5"; AP Stylebook, "dates", "days of the week") is one
// time, the date giving the day the weekday names.
var timeRe = lazyRE(`(?i)\b(?:(?:shortly|soon)\s+(?:after|before)\s+|(?:on|by|until|since|in|at|before|after|from)\s+)?(?:` +
	`(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.\s+\d{1,2}(?:,\s+\d{4})?|` +
	`(?:(?:early|mid|late)(?:-|\s+))?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?|` + // "mid-July", "early February": the part of the month kept (AP Stylebook, "mid-"; Quirk et al. 7.87 on "early"/"late" premodifying a time noun)

	`\d{1,2}(?::\d{2})?\s*(?:a\.m|p\.m)(?:\.\s+\w+day\b)?|` +
	`(?:1[0-2]|[1-9])(?::\d{2})?\s+(?:o'clock\s+)?(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night)|` + // "5 in the morning": the hour told by the part of the day, as speech and quotations give it (AP Stylebook, "o'clock", "times")
	`(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o'clock|` +
	`(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+(?:next|this|last)\s+year|` +
	`(?:the\s+)?(?:first|second|third|fourth)\s+(?:half|quarter)(?:\s+of\s+(?:19|20)\d{2})?|` + // the quarter or half of a business year, alone or with its year ("in the fourth quarter"; AP Stylebook, "first quarter", "fiscal year"), or of a game
	`(?:early|late|mid|later)\s+(?:next|this|last)\s+(?:year|month|week)|` +
	`the\s+(?:end|beginning|start|middle)\s+of\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?|(?:the|next|this|last)\s+(?:year|month|week|season|school\s+year))|` +
	`the\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|afternoon|evening|night|season)|` +
	`(?:last|next|this|earlier this|later this)\s+(?:week|month|year|spring|summer|fall|winter|season|weekend)|` +
	`(?:in|by|until|till|since|before|after)\s+(?:the\s+)?(?:early\s+|late\s+)?(?:spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?:19|20)\d{2})?|` +
	`(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d{2}|` + // a season with its year is a date with no preposition too ("the fall 2026 semester"; AP Stylebook, "seasons": lowercase, no comma before the year); "fall" alone may be the verb
	spanRangeOpener + `(?:` + groupedFigure + `|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of)(?:\s+(?:hundred|thousand|million))?\s+(?:days?|weeks?|months?|years?|decades?|seasons?)\s+(?:ago|earlier|later)|` + // AP style spells one to nine; "several thousand years ago": a round number's multiplier (AP Stylebook, "millions, billions")
	spanRangeOpener + `(?:` + groupedFigure + `|\d+|` + countWords + `)\s+(?:minutes|hours|days|weeks|months|years)\s+later|` +
	`(?:(?:about|nearly|roughly|almost|just)\s+)?(?:an?|one)\s+(?:minute|hour)\s+(?:earlier|later)|` + // "about an hour later": the singular span
	`(?:(?:about|nearly|roughly|almost|just|some)\s+)?` + spanRangeOpener + `(?:` + groupedFigure + `|\d+|` + countWords + `)\s+(?:seconds|minutes|hours|days|weeks|months|years)\s+(?:after|before|into)\s+(?:the\s+)?[a-z]+|` +
	`(?:shortly|soon|right|just|moments)\s+(?:after|before)\s+(?:the\s+)?(?:[a-z]+ing\s+(?:off|up|out|down|away|back|over)\b|[a-z]+)|` + // "moments after taking off": a gerund keeps its particle (Quirk et al., §16.2, phrasal verbs)
	`in\s+recent\s+(?:days|weeks|months)|` +
	`with\s+(?:\d+(?:\.\d+)?|\w+)\s+(?:seconds?|minutes?)\s+(?:left|remaining|to\s+play|to\s+go)|` +
	`(?:with\s+)?\d{1,2}:\d{2}\s+(?:(?:left|remaining|to\s+play|to\s+go)(?:\s+in)?|into)(?:\s+(?:the\s+)?` + gamePeriod + `)?|` + // the game clock: "with 1:12 left in the third period", "4:40 into the second" (AP Stylebook, sports guidelines: times in figures with a colon)
	`midway\s+(?:through|into)\s+the\s+` + gamePeriod + `|` + // "midway through the third": the middle of a game's period
	`(?:in|within)\s+(?:about\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)(?:\s+to\s+\d+)?\s+(?:minutes|hours|days|weeks|months|years)|` +
	`the\s+\d+(?:st|nd|rd|th)(?:\s+minute)?|` +
	`(?:` + weekdayAlt + `)(?:\s+(?:morning|afternoon|evening|night)|,\s+(?:(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.|January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b(?:,\s+\d{4})?)?|` + // the weekday with its date ("Sunday, April 20"), one time
	`(?:today|tonight|yesterday|tomorrow|overnight)|` + // "overnight": during the night just past (Merriam-Webster, "overnight" adv. 1)
	`(?:by|before|after|until|till|around|toward|towards|at|from)\s+(?:` + dayParts + `)|` + // "before dark", "by midafternoon": a part of the day as the object of a preposition of time (Quirk et al. 9.37-9.41)
	`(?:over|during|through)\s+the\s+(?:weekend|spring|summer|fall|autumn|winter)|` +
	`(?:by|on|before|after|until|over|during|around|through|since)\s+(?:the\s+)?` + holidayName + `|` + // "by Memorial Day weekend": a holiday names its day (AP Stylebook, "holidays and holy days")
	// "over the winter": the season or weekend through which an act ran (Quirk et al. 9.43, "over" of duration; AP Stylebook, "seasons")

	`(?:noon|midnight)(?:\s+(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.\s+\d{1,2}\b|\s+(?:March|April|May|June|July)\s+\d{1,2}\b|\s+\w+day\b)?|` + // AP Stylebook, "noon", "midnight": not 12 p.m. or 12 a.m.; "time element": the time before the day or date ("midnight Nov. 1")
	`(?:(?:early|mid|late)(?:-|\s+))?(?:19|20)\d{2}|` + // "late 2025", "mid-2024"
	`(?:in|since|by|until|before|after|from)\s+1[0-8]\d{2})\b\.?`)

// dayParts are the nouns of the parts of the day that news writing dates
// an act by without a clock time (WordNet 3.0, noun.time: the hyponyms of
// "time of day" and "twilight", and "dark" in its sense "nighttime"),
// read only after a preposition of time: "dark" and "dawn" name other
// things elsewhere.
const dayParts = `dawn|daybreak|sunrise|sunup|midmorning|midday|midafternoon|dusk|sunset|sundown|nightfall|dark`

// holidayName is a holiday as AP style capitalises it (AP Stylebook,
// "holidays and holy days"): capitalised words before "Day" or "Eve"
// ("Memorial Day", "New Year's Eve"), with the weekend it opens, or one
// of the holidays named without "Day"; read case-sensitively, so "on a
// rainy day" is none.
const holidayName = `(?-i:(?:[A-Z][a-z]+(?:'s)?\s+){1,3}(?:Day|Eve)(?:\s+weekend)?|(?:Christmas|Thanksgiving|Easter|Halloween|Hanukkah|Passover|Ramadan)(?:\s+weekend)?)`

// groupedFigure is a figure of 1,000 or more as AP style writes it, its
// thousands set off by commas (AP Stylebook, "numerals": "1,500 years
// ago"), so a span counted in thousands is read whole, never as the
// digits after its last comma ("000 years ago").
const groupedFigure = `\d{1,3}(?:,\d{3})+`

// countWords are the quantities a span of time is counted in before
// "later", "after" or "before": the numbers AP style spells (one to nine)
// and those of ten to twenty, and the indefinite quantifiers (Quirk et
// al., §5.25), so "recent days after it" is no span.
const countWords = `(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|a\s+few|a\s+couple\s+of|many|some|few)`

// time answers a when-question (timeAsWritten); one that opens "since when"
// and finds no time by the word "since" is asked again without it: the
// preposition asks which bound of a span the answer is (Quirk et al.,
// §9.36–9.39), as "how long" asks a duration, and the start of a state is
// as often told by the act that began it ("since when does the trust own
// the mill": "The trust bought the mill in 1988").
func (e *Engine) time(q *query) (reply, bool) {
	if e.postUntold(q) {
		return e.notSaid(q), true // "when did Sessions become attorney general": the title tells no start (takenpost.go)
	}
	r, ok := e.timeAsWritten(q)
	if ok && r.found || len(q.toks) < 2 || q.toks[0].lower != "since" || q.toks[1].lower != "when" {
		return r, ok
	}
	w := *q
	w.terms = slices.DeleteFunc(slices.Clone(q.terms), func(t term) bool { return t.lower == "since" })
	if len(w.terms) == len(q.terms) {
		return r, ok
	}
	if r2, ok2 := e.timeAsWritten(&w); ok2 && r2.found {
		return r2, true
	}
	return r, ok
}

// timeAsWritten answers "when …" with the time expression nearest the matched
// words in the best sentence that has one.
func (e *Engine) timeAsWritten(q *query) (reply, bool) {
	// "has this happened before? when": the earlier occasion (recurrence.go);
	// "when did this happen", "when was the race": the lead's event
	// (storyevent.go, eventnountime.go); "her first
	// goal", "when was it last seen": the occasion asked; "what time did it
	// derail": the clock time, not the day; "when is it open on Sundays":
	// that day's hours (dayschedule.go)
	for _, f := range []handler{(*Engine).recurrenceTime, (*Engine).storyEventTime, (*Engine).storyEventNounTime, (*Engine).occasionTime, (*Engine).dayOrClockTime} {
		if r, ok := f(e, q); ok {
			return r, true
		}
	}
	q = withoutOrderedTime(q)
	hasTime := func(s *sentence) bool { return len(s.times) > 0 }
	cands := e.rank(q, hasTime)
	cands = e.ownFirst(q, e.pastWhenFirst(q, e.futureFirst(q, e.verbFirst(q, cands)))) // the main actor's event first, then the future's (or, asked in the past, the past's: pastwhen.go), then the act told by its verb
	cands = e.dropPartsOfUndated(q, cands)                                             // the act told whole without a time: a part of it dates another (undatedact.go)
	cands = e.dropWithoutAskedVerb(q, cands)                                           // "opened in 1894" told, no closing: no other act's time (oppositetold.go)
	head, headed := invertedSubjectHead(q)
	var vague reply // the first time found that names no day, for a question asking one
	var since reply // the first "since" span found, for a question of an event's time
	for _, c := range cands {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if headed && !e.holdsSubjectHead(q, s, head) && !e.personOfHead(q, c.s, head) {
			continue // "when did the fire start": a sentence about the fire, not a forecast "starting Wednesday"
		}
		subs := dropModifierYears(q, s, append(e.subjectTokens(q, s), c.matched...), e.dropPastDatedTimes(q, s, e.dropPastTimes(q, s, dropFutureTimes(q, s, dropGenitiveTimes(q, s, dropReportTimes(s, dropAnchoredTimes(s, e.dropOutsidePostmodifier(q, s, withDemonstrativeTimes(s, spansOf(s))), c.matched), c.matched), c.matched)))))
		if subs = dropOtherConjunctTimes(s, c.matched, dropSequencedClauseTimes(s, c.matched, e.dropGivenActTimes(s, c.matched, dropDurationSpans(q, s, subs)))); len(subs) == 0 {
			continue // "the bus involved in the crash passed an inspection in August"
		}
		if strings.Contains(q.raw, "time") {
			subs = preferClock(s.text, subs)
		}
		subs = preferAskedPreposition(q, s.text, subs)
		subs = dropGivenAskedTimes(q, s, subs) // "when was the Saturday show called off": not "Saturday"
		subs = relativeClauseSpans(q, s, subs) // "next year's festival, which is scheduled for Sept. 19-21"
		anchors := append(append([]int(nil), c.matched...), e.subjectTokens(q, s)...)
		only := oneTimePhrase(s) && c.subjects == len(q.subjects) && c.coverage >= 0.75 // one time, the whole question: it dates the event
		// "a plant … that opened in 1978": the asked verb's own time first
		ph, ok := e.verbTime(q, s, subs)
		own := ok // the asked verb's own time is near it, however long its chain of places
		if !ok {
			ph, ok = e.nearestSpan(s, c.matched, subs, q)
		}
		if ok && e.timePlaced(s, ph, anchors, own || only) {
			ph = specifiedDay(q, s, ph) // "what date": "just before Thanksgiving, on Nov. 22"
			if dayAsked.MatchString(strings.ToLower(q.raw)) && !dayPrecise.MatchString(ph) {
				if vague.head == "" {
					vague = reply{head: fmt.Sprintf("The article doesn't give a date: it says only %q.", strings.TrimSuffix(ph, ".")), used: []*sentence{s}}
				}
				continue // "what date is the hearing" of "a hearing next month": no date given
			}
			if seriesSince(q, s, ph) {
				since = firstFound(since, reply{found: true, head: capitalise(strings.TrimSuffix(ph, ".")) + ".", used: []*sentence{s}})
				continue // "a dozen crashes since 2019": a span to now, not the time of the crash
			}
			ph = e.lastTime(q, s, ph)                                      // "had not been seen in public since 1931": last shown in 1931
			ph = e.delayedUntil(s, ph, c.matched)                          // "did not capture a specimen until last year": last year (notuntil.go)
			ph = coordinatedTimes(s, fromUntil(q, s, dateRange(q, s, ph))) // "July 18 through July 20", "in 2015 and 2018", "from 10 a.m. Tuesday until 8 p.m. Friday"
			ph = pairedEnds(q, s, ph)                                      // "starts Monday and ends June 30" (pairedends.go)
			ph = specifiedTime(s, ph)                                      // "last fall, on Oct. 14": the narrower time set beside it
			head := capitalise(strings.TrimSuffix(ph, "."))
			if d := e.dateOf(s, ph); d != "" {
				if !strings.Contains(ph, d) {
					head += " (" + d + ")" // not "In 1948 (1948)"
				}
			} else if y := e.anaphoricYear(s, strings.TrimSuffix(ph, ".")); y != "" {
				head += " (" + y + ")"
			} else if m := e.countFrom(s, ph); m != "" {
				head += " (the " + m + " minute)"
			}
			used := []*sentence{seriesItem(s, ph)}
			if w, cs := e.calendarBeside(q, cands, s, ph); cs != nil {
				head += ", " + w // "During Donald Trump's campaign, last year"
				used = append(used, cs)
			}
			return reply{found: true, head: head + ".", used: used}, true
		}
	}
	if vague.head != "" {
		return vague, true
	}
	if since.found {
		return since, true
	}
	if r, ok := e.paragraphTime(q); ok {
		return r, true // the act told without a time: the time its paragraph last named (paragraphtime.go)
	}
	return e.undatedTime(q) // the headline's event by the lead's time, a state's end
}

// seriesItem is the item of s that holds phrase when s is a series whose
// items semicolons part (the AP Stylebook, "semicolon": a series whose
// items hold commas is set off by semicolons), cited alone: a time in one
// item dates that item, and the others hold times that date other
// things. s itself when it has no semicolon or one inside quotation
// marks.
func seriesItem(s *sentence, phrase string) *sentence {
	at := strings.Index(s.text, phrase)
	if at < 0 || !strings.Contains(s.text, ";") || strings.ContainsAny(s.text, "\"“”") && quotedSemicolon(s.text) {
		return s
	}
	start := strings.LastIndex(s.text[:at], ";") + 1
	end := len(s.text)
	if k := strings.Index(s.text[at:], ";"); k >= 0 {
		end = at + k
	}
	text := strings.TrimSpace(s.text[start:end])
	for _, c := range []string{"and ", "or "} {
		text = strings.TrimPrefix(text, c) // the coordinator joins the last item to the series
	}
	// the item is cited only: it keeps no reading of the whole sentence
	return &sentence{para: s.para, part: s.part, text: text, speaker: -1}
}

// quotedSemicolon reports whether a semicolon of text stands inside
// quotation marks, where it parts a speaker's clauses, not a series.
func quotedSemicolon(text string) bool {
	in := false
	for _, r := range text {
		switch r {
		case '"', '“', '”':
			in = !in
		case ';':
			if in {
				return true
			}
		}
	}
	return false
}

// dateOf is the absolute date the article's timeline gives a relative time
// expression of s ("last month" → "2017-02" with a publication date), or "".
func (e *Engine) dateOf(s *sentence, phrase string) string {
	p := strings.ToLower(strings.TrimSuffix(phrase, "."))
	for _, ev := range e.a.Events {
		if ev.Date == "" || !strings.Contains(p, strings.ToLower(ev.When)) {
			continue
		}
		for _, c := range ev.Citations {
			if c.Paragraph == s.para {
				return ev.Date
			}
		}
	}
	return ""
}

// timePlaced reports whether time phrase ph of s dates the asked event:
// it is the asked verb's own or the sentence's one time (sure), it opens
// the sentence, or it stands near a matched word or the subject.
func (e *Engine) timePlaced(s *sentence, ph string, anchors []int, sure bool) bool {
	return sure || e.spanNear(s, ph, anchors, 60) || opensSentence(s, ph)
}

// spanNear reports whether phrase stands within limit bytes of a matched
// token of s or a mention of the question's subject: a date far from both
// the verb asked about and its subject dates something else.
func (e *Engine) spanNear(s *sentence, phrase string, matched []int, limit int) bool {
	at := strings.Index(s.text, phrase)
	if at < 0 || len(matched) == 0 {
		return true
	}
	for _, m := range matched {
		if abs(s.toks[m].start-at) <= limit || abs(s.toks[m].end-(at+len(phrase))) <= limit {
			return true
		}
	}
	return false
}

// preferClock keeps only clock times ("9:42 p.m.", and "1 a.m." as AP
// style writes the hour alone), when there are any.
func preferClock(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		if w := text[sp[0]:sp[1]]; strings.Contains(w, ":") || isClockTime(w) {
			out = append(out, sp)
		}
	}
	if len(out) == 0 {
		return spans
	}
	return out
}

// preferAskedPreposition keeps, for a question that opens with a
// preposition of time before "when" ("by when", "until when", "since
// when"), the spans that open with that preposition, when there are any:
// "by" marks the latest time, a deadline, "until" the end of a span and
// "since" its start (Quirk et al., A Comprehensive Grammar, §9.38-9.39),
// so "by when should the letters arrive" asks "by March 29", not the
// "Tuesday" they began going out.
func preferAskedPreposition(q *query, text string, spans [][]int) [][]int {
	if len(q.toks) < 2 || q.toks[1].lower != "when" || !timePrepositions[q.toks[0].lower] {
		return spans
	}
	p := q.toks[0].lower
	var out [][]int
	for _, sp := range spans {
		if w := strings.ToLower(text[sp[0]:sp[1]]); strings.HasPrefix(w, p+" ") || p == "till" && strings.HasPrefix(w, "until ") {
			out = append(out, sp)
		}
	}
	if len(out) == 0 {
		return spans
	}
	return out
}

// timePrepositions open a question of a time's bound: "by when", "until
// when", "till when", "since when" (Quirk et al., §9.38-9.39).
var timePrepositions = set("by", "until", "till", "since")

// dropReportTimes drops the time spans of s that date its verb of saying
// when every common word the question matched lies in the reported clause
// past a temporal "when"/"while" or a future "will"/"would": "told a panel
// last month that she was furious when the ban started". A time beside the
// reporting verb dates the telling (Quirk et al., A Comprehensive Grammar,
// 14.31 and 15.25: a when-clause, or a "would" future in the past, places
// the reported act at a time of its own, not the report's), unless the
// time is the antecedent of that "when" (antecedesWhen, apposedwhen.go);
// and the time of a trailing attribution, which dates the telling of the
// statement before it (", police said Friday": trailingtelling.go).
func dropReportTimes(s *sentence, spans [][]int, matched []int) [][]int {
	return keepSpans(spans, func(sp []int) bool { return !datesReport(s, sp, matched) && !datesTrailingTelling(s, sp, matched) })
}

// keepSpans returns the spans keep admits, in their order: the shared
// loop of the readers that set aside time and place spans.
func keepSpans(spans [][]int, keep func(sp []int) bool) [][]int {
	var out [][]int
	for _, sp := range spans {
		if keep(sp) {
			out = append(out, sp)
		}
	}
	return out
}

// datesReport reports whether time span sp follows a verb of saying of s
// within a few words (its object between: "told a House panel last
// month") and every common word of matched lies after a marker of a time
// of its own (reportedOwnTime) past the span.
func datesReport(s *sentence, sp []int, matched []int) bool {
	v := tellingVerbBefore(s, sp, 4)
	if v < 0 || antecedesWhen(s, sp) {
		return false
	}
	marker := -1
	for i, t := range s.toks {
		if t.start >= sp[1] && reportedOwnTime[t.lower] {
			marker = i
			break
		}
	}
	if marker < 0 {
		return false
	}
	common := 0
	for _, m := range matched {
		if s.toks[m].cap {
			continue // a name's word places nothing
		}
		if m < marker {
			return false
		}
		common++
	}
	return common > 0
}

// reportedOwnTime are the words that give a reported clause a time of
// its own: the subordinators of time "when", "while", "whenever" (Quirk
// et al. 15.25), and the future and future-in-the-past auxiliaries "will"
// and "would" (14.31).
var reportedOwnTime = set("when", "while", "whenever", "will", "would")

// dropModifierYears drops a year that premodifies a noun the question
// does not ask about: in "reverses a 2024 ruling ... for a new trial" the
// year classifies the ruling (a premodifier between determiner and head,
// Quirk et al., §17.97-17.104) and dates nothing else in the sentence.
func dropModifierYears(q *query, s *sentence, matched []int, spans [][]int) [][]int {
	return keepSpans(spans, func(sp []int) bool {
		return !modifierYear(q, s, sp[0], sp[1]) || appositiveOfMatched(s, sp[0], matched)
	})
}

// appositiveOfMatched reports whether the year at byte start opens,
// after its determiner, a noun phrase set off by a comma right after a
// word the question matched or its subject's name: an appositive, which describes the very
// thing the question names (Quirk et al. §17.65), so its year dates it
// ("“The Miller's Daughter,” a 1926 portrait": painted in 1926).
func appositiveOfMatched(s *sentence, start int, matched []int) bool {
	for k := 2; k < len(s.toks); k++ {
		if s.toks[k].start != start {
			continue
		}
		prev, det := s.toks[k-2], s.toks[k-1]
		if !determiners[det.lower] || !strings.Contains(s.text[prev.end:det.start], ",") {
			return false
		}
		// the comma closes the name the anchor opens ("River Bend," from "River")
		return slices.ContainsFunc(matched, func(a int) bool {
			return a <= k-2 && k-2-a <= 3 && !strings.Contains(s.text[s.toks[a].end:prev.end], ",")
		})
	}
	return false
}

// modifierYear reports whether the span start..end is a bare year between
// a determiner and a lower-case noun that meets no term of q (or, when q
// asks a made thing's origin, none of the next three words does).
func modifierYear(q *query, s *sentence, start, end int) bool {
	for k := 1; k+1 < len(s.toks); k++ {
		t := s.toks[k]
		if t.start != start || t.end != end || len(t.text) != 4 || !isNumeric(t) {
			continue
		}
		next := s.toks[k+1]
		if !determiners[s.toks[k-1].lower] || next.cap || stopWords[next.lower] || isNumeric(next) {
			return false
		}
		// asked when a made thing was made, the year premodifies its head
		// through the premodifiers after it ("a 1911 concrete bridge":
		// Quirk et al. §17.97 on their order; originyear.go)
		reach := k + 1
		if originAsked(q) {
			reach = k + 3
		}
		for j := k + 1; j < len(s.toks) && j <= reach && spaced(s, j-1, j) && !s.toks[j].cap && !stopWords[s.toks[j].lower]; j++ {
			for _, tm := range q.terms {
				if tm.matches(s.toks[j]) {
					return false // "when was the 2024 ruling": the year dates what is asked
				}
			}
		}
		return true
	}
	return false
}

// invertedSubjectHead is the term of a when-question's subject's first
// word in the inverted order "when AUX DET N ... V" ("when did the fire
// start": fire; "when do the letters to owners go out": letters; Quirk et
// al., §11.14, subject-operator inversion puts the subject right after
// the operator), when the question names no entity; false otherwise.
func invertedSubjectHead(q *query) (term, bool) {
	t := q.toks
	if len(q.subjects) > 0 || len(t) < 5 || t[0].lower != "when" || !auxiliaries[t[1].lower] || !determiners[t[2].lower] {
		return term{}, false
	}
	tm, ok := q.termOf(t[3].lower)
	return tm, ok && tm.known
}

// sentenceNamesPerson reports whether s names a person, whom a person noun
// ("the pilot") may describe.
func (e *Engine) sentenceNamesPerson(s *sentence) bool { return e.r.namesPerson(s) }

// namesPerson reports whether s names a person.
func (r *reading) namesPerson(s *sentence) bool {
	for _, x := range s.named {
		if r.ents[x].kind == knowledge.Person {
			return true
		}
	}
	return false
}

// holdsTermOrIt reports whether s holds the term, by a form or a synonym,
// or a third-person pronoun that may refer to it ("it", "its"; for a
// plural noun "they", "them", "their").
func holdsTermOrIt(s *sentence, tm term) bool {
	for k, t := range s.toks {
		if tm.matches(t) || tm.phraseAt(s.toks, k) || pronounFor(tm, t.lower) {
			return true
		}
	}
	return false
}

// pronounFor reports whether the pronoun w may stand for the noun of tm:
// a third-person pronoun agrees in number with its antecedent (Quirk et
// al., §6.10), "it" with a singular noun and "they" with a plural one
// ("the hackers ... they").
func pronounFor(tm term, w string) bool {
	switch w {
	case "it", "its":
		return true
	case "they", "them", "their":
		return tm.lower != tm.stem && strings.HasSuffix(tm.lower, "s")
	}
	return false
}

// dayAsked is a question for a calendar day ("what date", "which day").
var dayAsked = lazyRE(`\b(?:what|which)(?:'s| is| was)? (?:date|day)\b`)

// dayPrecise is a time expression that names a day: a date with its day
// of the month, a weekday, or a day relative to today (AP Stylebook,
// "dates", "days of the week"). "Next month" or "this spring" names none.
var dayPrecise = lazyRE(`(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b(?:` + weekdayAlt + `|today|tonight|yesterday|tomorrow)\b|\b\d{1,2}/\d{1,2}\b`)

// tellingVerbBefore is the index of the verb of saying of s that time
// span sp follows with at most maxWords words and no punctuation or
// quotation between ("said Friday", "told a House panel last month"), or
// -1 when there is none.
func tellingVerbBefore(s *sentence, sp []int, maxWords int) int {
	v := speechVerbBefore(s, sp[0])
	if v < 0 || strings.ContainsAny(s.text[s.toks[v].end:sp[0]], ",;\"“") || len(tokenize(s.text[s.toks[v].end:sp[0]])) > maxWords {
		return -1
	}
	return v
}

// speechVerbBefore is the index of the last verb of saying of s, outside
// quotation, that ends before byte at; -1 when there is none.
func speechVerbBefore(s *sentence, at int) int {
	v := -1
	for i, t := range s.toks {
		if t.end > at {
			break
		}
		if speechVerbs[t.lower] && (s.quoted == nil || !s.quoted[i]) {
			v = i
		}
	}
	return v
}

// gamePeriod names a period of a game by its ordinal, with its noun or
// without ("the third period", "the second", "overtime").
const gamePeriod = `(?:first|second|third|fourth|final|overtime|extra)(?:\s+(?:period|quarter|half|inning|session))?`
