package knowledge

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Kinds of time expression.
const (
	tDay     = iota // "Dec. 29", "March 3, 2017"
	tMonth          // "In December", "March 2017"
	tRel            // "last year", "last month", "yesterday"
	tRecent         // "in recent days"
	tAgo            // "two weeks ago"
	tYear           // "in 2016"
	tWeekday        // "on Monday"
	tThat           // "that afternoon": the day the paragraph last named
	tLater          // "ten years later": counted from the time the paragraph last named
)

// monthPat matches a month name or its abbreviation.
const monthPat = `(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)`

// timePatterns find time expressions, most specific first.
var timePatterns = []struct {
	re   *regexp.Regexp
	kind int
}{
	{regexp.MustCompile(`\b` + monthPat + ` \d{1,2}(?:st|nd|rd|th)?\b(?:, \d{4}\b| of (?:last|this|next) year\b)?`), tDay},
	{regexp.MustCompile(`\b\d{1,2} ` + monthPat + `(?: \d{4}\b)?`), tDay},
	{regexp.MustCompile(`(?:\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ee]arly|[Ll]ate|[Ll]ast|[Tt]his|[Nn]ext|[Uu]ntil) )?\b` + monthPat + `(?:,? \d{4}\b)?`), tMonth},
	{regexp.MustCompile(`(?i)\b(?:earlier |later )?(?:last|this|next|past) (?:year|month|week|weekend|spring|summer|fall|autumn|winter|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`), tRel},
	{regexp.MustCompile(`(?i)\b(?:in|over|during|for|within) (?:the )?(?:recent|past|last|coming|next) (?:few |several |two |three )?(?:days|weeks|months|years)\b`), tRecent},
	{regexp.MustCompile(`(?i)\b(?:yesterday|today|tonight|tomorrow)\b`), tRel},
	{regexp.MustCompile(`(?i)\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:days?|weeks?|months?|years?) ago\b`), tAgo},
	{regexp.MustCompile(`\b(?:[Ii]n|[Ss]ince|[Bb]y|[Dd]uring|[Uu]ntil) (?:19|20)\d{2}\b`), tYear},
	{regexp.MustCompile(`\b(?:[Oo]n )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`), tWeekday},
	{regexp.MustCompile(`\b[Tt]hat (?:morning|afternoon|evening|night|day)\b`), tThat},
	{laterRe, tLater},
}

// eventNouns name occasions a story may mention without dating them.
var eventNoun = regexp.MustCompile(`(?i)\b(?:at|during|in|before|after|since|from) (?:the|his|her|their|its|a) ((?:[a-z]+ )?(hearing|trial|summit|debate|inauguration|press conference|testimony|briefing|vote))\b`)

// eventHeads are the head nouns eventNoun looks for.
var eventHeads = toSet("hearing", "trial", "summit", "debate", "inauguration", "conference", "testimony", "briefing", "vote")

// timeExpr is one time expression found in a paragraph.
type timeExpr struct {
	when       string
	kind       int
	start, end int  // byte offsets in the paragraph
	future     bool // the clause looks ahead ("expected to reopen by Wednesday")
	para       int  // the paragraph's index, set by extractEvents
}

// futureMarks show that a clause speaks of what is to come.
var futureMarks = []string{" will ", " would ", " expect", " plans ", " plan to ", " scheduled", " due ", " is to ", " are to ", " must ", " next ", " until ", " could ", " may ", " set for ", " set to "}

// setForRe is "set" with its object and "for" before the time: "set
// sentencing for Dec. 4", a date fixed ahead (WordNet set v.5, "fix
// conclusively or authoritatively": "set a date for the wedding").
var setForRe = regexp.MustCompile(`\bset\s+(?:[a-z]+\s+){1,3}for\s*$`)

// looksAhead reports whether the text of a sentence before a time
// expression speaks of the future. Only its own clause counts: a comma,
// semicolon or dash ends the clause of another verb ("will pay $65 a
// share, a 27% premium to the closing price on Friday").
func looksAhead(before string) bool {
	for _, b := range []string{", ", "; ", " — ", " - "} {
		if i := strings.LastIndex(before, b); i >= 0 {
			before = before[i+len(b):]
		}
	}
	if setForRe.MatchString(strings.ToLower(strings.TrimSpace(before)) + " ") {
		return true
	}
	before = " " + strings.ToLower(before) + " "
	for _, m := range futureMarks {
		if strings.Contains(before, m) {
			return true
		}
	}
	return false
}

// timeTriggers are words without which a pattern of timePatterns (same
// order) cannot match: a cheap test that spares most regexp runs.
var timeTriggers = [][]string{
	monthKeys(), monthKeys(), monthKeys(),
	{"last", "this", "next", "past"},
	{"recent", "past", "last", "coming", "next"},
	{"yesterday", "today", "tonight", "tomorrow"},
	{"ago"},
	nil, // years: checked by digits
	{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"},
	{"that"},
	{"later", "earlier"},
}

// monthKeys lists the month names and abbreviations as token keys.
func monthKeys() []string {
	var ks []string
	for k := range monthNames {
		ks = append(ks, k)
	}
	return ks
}

// findTimes returns the time expressions of a text, in order, without
// overlaps. toks are the text's tokens. Each pattern runs only on a few
// words around the tokens that can trigger it.
func findTimes(text string, toks []token) []timeExpr {
	var out []timeExpr
	var used []bool // bytes of text inside an expression found already
	covered := func(a, b int) bool {
		if used == nil {
			used = make([]bool, len(text))
		}
		for i := a; i < b; i++ {
			if used[i] {
				return true
			}
		}
		for i := a; i < b; i++ {
			used[i] = true
		}
		return false
	}
	keys := make([]string, len(toks))
	for i, t := range toks {
		keys[i] = tokKey(t.s)
	}
	for pi, tp := range timePatterns {
		trig := timeTriggers[pi]
		for j, k := range keys {
			hit := false
			if trig == nil {
				hit = len(k) == 4 && (strings.HasPrefix(k, "19") || strings.HasPrefix(k, "20")) && allDigits(k)
			} else {
				for _, w := range trig {
					if k == w {
						hit = true
						break
					}
				}
			}
			if !hit {
				continue
			}
			ws, we := toks[max(0, j-4)].start, toks[min(len(toks)-1, j+4)].end
			if we < len(text) && text[we] == '.' {
				we++
			}
			for _, m := range tp.re.FindAllStringIndex(text[ws:we], -1) {
				a, b := ws+m[0], ws+m[1]
				w := text[a:b]
				if tp.kind == tMonth && (w == "May" || strings.HasSuffix(w, " May") && !strings.ContainsAny(w, "0123456789")) {
					continue // the modal verb or a surname, more often than the month
				}
				if covered(a, b) {
					continue
				}
				out = append(out, timeExpr{when: w, kind: tp.kind, start: a, end: b})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// span is a resolved time: an interval and how precisely it is known.
type span struct {
	from, to time.Time
	date     string // absolute date as text, "" when not known
}

// resolveTime places a time expression relative to the reference date ref.
// real says whether ref is the real publication date: only then, or when
// the expression carries its own year, is an absolute date given.
func resolveTime(t timeExpr, ref time.Time, real bool) span {
	r := newTimeResolver(t, ref, real)
	switch t.kind {
	case tDay:
		return r.dayOfMonth()
	case tMonth:
		return r.wholeMonth()
	case tYear:
		return r.wholeYear()
	case tRecent:
		return r.recent()
	case tAgo:
		return r.ago()
	case tWeekday:
		return r.weekday(t.future)
	}
	return r.relative()
}

// timeResolver is what resolveTime reads from one time expression.
type timeResolver struct {
	w      string    // the expression in lower case
	ref    time.Time // the reference date
	real   bool      // whether ref is the real publication date
	year   int       // the year written, 0 when none is
	month  int       // the last month named, 0 when none is
	future bool      // the clause looks ahead
}

// newTimeResolver reads the written year and month of t.
func newTimeResolver(t timeExpr, ref time.Time, real bool) timeResolver {
	w := strings.ToLower(t.when)
	return timeResolver{w: w, ref: ref, real: real, year: writtenYear(w), month: namedMonth(w), future: t.future}
}

// writtenYear returns the four-digit year in w, or 0.
func writtenYear(w string) int {
	year := 0
	if m := yearRe.FindString(w); m != "" {
		year, _ = strconv.Atoi(m)
	}
	return year
}

// namedMonth returns the number of the last month named in w, or 0.
func namedMonth(w string) int {
	month := 0
	for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == ',' || r == '.' }) {
		if n := monthNames[f]; n > 0 {
			month = n
		}
	}
	return month
}

// utcDate returns midnight UTC on the given day.
func utcDate(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// format writes tm with layout when an absolute date may be given: the
// reference date is real or the expression has its own year; else "".
func (r timeResolver) format(layout string, tm time.Time) string {
	if r.real || r.year > 0 {
		return tm.Format(layout)
	}
	return ""
}

// pinned returns the span of the single day d, dated with layout.
func (r timeResolver) pinned(d time.Time, layout string) span {
	return span{d, d, r.format(layout, d)}
}

// pastYear returns the year of day dn of the named month: the year
// written ("March 3, 2017"), else the year "of next year" or "last
// October" points to, else, as a news story omits the year of dates near
// publication (AP Stylebook, "years"), the nearest year that puts the date
// on the side of the reference date the clause speaks of: ahead when it
// looks ahead ("is scheduled to be sworn in on Jan. 3"), behind when it
// does not, unless the date comes within a month ("has pushed the first day
// of school from Aug. 26"), as news tells of the coming weeks by date.
func (r timeResolver) pastYear(dn int) int {
	if r.year != 0 {
		return r.year
	}
	y := r.ref.Year()
	switch {
	case strings.HasSuffix(r.w, " of next year"):
		return y + 1
	case strings.HasSuffix(r.w, " of last year"):
		return y - 1
	case strings.HasSuffix(r.w, " of this year"):
		return y
	}
	past := y
	if utcDate(y, time.Month(r.month), dn).After(r.ref) {
		past--
	}
	if strings.HasPrefix(r.w, "last ") {
		return past
	}
	next := past
	if utcDate(next, time.Month(r.month), dn).Before(r.ref) {
		next++
	}
	if r.future || utcDate(next, time.Month(r.month), dn).Sub(r.ref) <= 31*24*time.Hour {
		return next
	}
	return past
}

// dayOfMonth resolves a day of a month: "Dec. 29", "March 3, 2017".
func (r timeResolver) dayOfMonth() span {
	dn := dayNumber(r.w)
	return r.pinned(utcDate(r.pastYear(dn), time.Month(r.month), dn), "2006-01-02")
}

// dayNumber returns the first day of the month written in w ("29",
// "3rd"), or 1.
func dayNumber(w string) int {
	for _, f := range strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(w)) {
		f = strings.TrimRight(f, "stndrh")
		if n, err := strconv.Atoi(f); err == nil && n >= 1 && n <= 31 {
			return n
		}
	}
	return 1
}

// wholeMonth resolves a named month: the year written, else the last
// such month not after the reference date, or the next one not wholly
// before it when the clause looks ahead or says "next".
func (r timeResolver) wholeMonth() span {
	y := r.year
	if y == 0 {
		y = r.ref.Year()
		if utcDate(y, time.Month(r.month), 1).After(r.ref) {
			y--
		}
		if !strings.HasPrefix(r.w, "last ") && (r.future || strings.HasPrefix(r.w, "next ")) {
			for utcDate(y, time.Month(r.month), 1).AddDate(0, 1, 0).Before(r.ref) {
				y++
			}
		}
	}
	d := utcDate(y, time.Month(r.month), 1)
	return span{d, d.AddDate(0, 1, -1), r.format("2006-01", d)}
}

// wholeYear resolves a written year to all of it.
func (r timeResolver) wholeYear() span {
	d := utcDate(r.year, 1, 1)
	return span{d, utcDate(r.year, 12, 31), d.Format("2006")}
}

// recent resolves "in recent days", "over the coming months" to an
// undated stretch before or after the reference date.
func (r timeResolver) recent() span {
	n := recentDays(r.w)
	if strings.Contains(r.w, "coming") || strings.Contains(r.w, "next") {
		return span{r.ref, r.ref.AddDate(0, 0, n), ""}
	}
	return span{r.ref.AddDate(0, 0, -n), r.ref, ""}
}

// recentDays returns how many days a vague stretch of time spans, by the
// unit w names.
func recentDays(w string) int {
	switch {
	case strings.Contains(w, "week"):
		return 28
	case strings.Contains(w, "month"):
		return 90
	case strings.Contains(w, "year"):
		return 3 * 365
	}
	return 7
}

// ago resolves "three days ago", "a year ago".
func (r timeResolver) ago() span {
	f := strings.Fields(r.w)
	n := agoCount(f[0])
	switch unit := f[len(f)-2]; {
	case strings.HasPrefix(unit, "day"):
		return r.pinned(r.ref.AddDate(0, 0, -n), "2006-01-02")
	case strings.HasPrefix(unit, "week"):
		d := r.ref.AddDate(0, 0, -7*n)
		return span{d, d, ""}
	case strings.HasPrefix(unit, "month"):
		return r.pinned(r.ref.AddDate(0, -n, 0), "2006-01")
	default:
		return r.pinned(r.ref.AddDate(-n, 0, 0), "2006")
	}
}

// agoCount reads the count of an "ago" expression, in digits or words;
// 1 when it is neither.
func agoCount(w string) int {
	if v, err := strconv.Atoi(w); err == nil {
		return v
	}
	if v, ok := numberWords[w]; ok {
		return v
	}
	return 1
}

// weekday resolves a bare weekday to the nearest such day before the
// reference date, or after it when future.
func (r timeResolver) weekday(future bool) span {
	step := -1
	if future {
		step = 1
	}
	// AP style names the day of the week for the days within a week of
	// publication, the day itself included: "on Tuesday" in a story of
	// Tuesday is that day, not a week before.
	d := r.ref
	for i := 0; i < 7 && !strings.Contains(r.w, strings.ToLower(d.Weekday().String())); i++ {
		d = d.AddDate(0, 0, step)
	}
	return r.pinned(d, "2006-01-02")
}

// relative resolves the rest: "yesterday", "last month", "next week",
// "last Monday".
func (r timeResolver) relative() span {
	if s, ok := r.adjacentDay(); ok {
		return s
	}
	shift := relShift(r.w)
	if s, ok := r.shiftedPeriod(shift); ok {
		return s
	}
	return r.shiftedWeekday(shift)
}

// adjacentDay resolves "yesterday", "today", "tonight" and "tomorrow".
func (r timeResolver) adjacentDay() (span, bool) {
	switch r.w {
	case "yesterday":
		return r.pinned(r.ref.AddDate(0, 0, -1), "2006-01-02"), true
	case "today", "tonight":
		return r.pinned(r.ref, "2006-01-02"), true
	case "tomorrow":
		return r.pinned(r.ref.AddDate(0, 0, 1), "2006-01-02"), true
	}
	return span{}, false
}

// relShift returns -1 for "last" or "past", 1 for "next", else 0.
func relShift(w string) int {
	switch {
	case strings.Contains(w, "last") || strings.Contains(w, "past"):
		return -1
	case strings.Contains(w, "next"):
		return 1
	}
	return 0
}

// shiftedPeriod resolves a year, month, week or night shift periods away
// from the reference date's, and reports whether w names one.
func (r timeResolver) shiftedPeriod(shift int) (span, bool) {
	w, ref := r.w, r.ref
	switch {
	case strings.HasSuffix(w, "year"):
		y := ref.Year() + shift
		return span{utcDate(y, 1, 1), utcDate(y, 12, 31), r.format("2006", utcDate(y, 1, 1))}, true
	case strings.HasSuffix(w, "month"):
		d := utcDate(ref.Year(), ref.Month(), 1).AddDate(0, shift, 0)
		return span{d, d.AddDate(0, 1, -1), r.format("2006-01", d)}, true
	case strings.HasSuffix(w, "week") || strings.HasSuffix(w, "weekend"):
		d := ref.AddDate(0, 0, 7*shift-int(ref.Weekday()))
		return span{d, d.AddDate(0, 0, 6), ""}, true
	case strings.HasSuffix(w, "night"):
		return r.pinned(ref.AddDate(0, 0, -1), "2006-01-02"), true
	}
	return r.season(shift)
}

// seasonStart is the month each season of the northern meteorological
// year begins (the convention of NOAA and the Met Office).
var seasonStart = map[string]int{"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}

// season resolves "last summer", "this winter", "next spring": the last
// such season ended before the reference date, the one holding it (or
// else the one of its year), or the first to begin after it.
func (r timeResolver) season(shift int) (span, bool) {
	f := strings.Fields(r.w)
	sm, ok := seasonStart[f[len(f)-1]]
	if !ok {
		return span{}, false
	}
	at := func(y int) (time.Time, time.Time) {
		d := utcDate(y, time.Month(sm), 1)
		return d, d.AddDate(0, 3, -1)
	}
	y := r.ref.Year()
	switch shift {
	case -1:
		for _, end := at(y); !end.Before(r.ref); _, end = at(y) {
			y--
		}
	case 1:
		for start, _ := at(y); !start.After(r.ref); start, _ = at(y) {
			y++
		}
	default:
		if start, _ := at(y - 1); sm == 12 && !start.AddDate(0, 3, 0).Before(r.ref) {
			y-- // the winter of December last year holds January and February
		}
	}
	from, to := at(y)
	return span{from, to, ""}, true
}

// shiftedWeekday resolves "last Monday" and "next Friday" to the weekday
// within a week before or after the reference date; with no shift only
// the reference date itself can match. Otherwise the reference date
// stands, undated.
func (r timeResolver) shiftedWeekday(shift int) span {
	for i := 1; i <= 7; i++ {
		d := r.ref.AddDate(0, 0, -i*-shift)
		if shift == 0 {
			d = r.ref
		}
		if strings.Contains(r.w, strings.ToLower(d.Weekday().String())) {
			return r.pinned(d, "2006-01-02")
		}
		if shift == 0 {
			break
		}
	}
	return span{r.ref, r.ref, ""}
}

// yearRe matches a four-digit year.
var yearRe = regexp.MustCompile(`\b(?:19|20)\d{2}\b`)

// numberWords are numbers and quantities written as words.
var numberWords = map[string]int{"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4,
	"five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "several": 3, "few": 3,
	"eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
	"sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "twice": 2, "once": 1, "thrice": 3,
	"multiple": 2, "numerous": 3, "dozens": 24, "hundreds": 200, "thousands": 2000}

// weekdayIn is the weekday a time expression names ("Tuesday"), or "".
func weekdayIn(when string) string {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.Contains(when, d.String()) {
			return d.String()
		}
	}
	return ""
}

// event is an Event with the interval used to order it.
type event struct {
	Event
	from, to time.Time
	para     int
	off      int
}

// extractEvents finds each time expression, the clause it dates and where
// it falls, and orders them chronologically (reading order breaks ties).
// Occasions the text names but does not date (a hearing) are placed after
// a dated event they share a sentence with, marked Undated.
func extractEvents(d *doc, published time.Time) []Event {
	type found struct {
		k int
		t timeExpr
	}
	var all []found
	var times []timeExpr
	for k := range d.paras {
		p := &d.paras[k]
		for _, t := range findTimes(p.text, p.toks) {
			if t.kind == tWeekday || t.kind == tDay || t.kind == tMonth {
				t.future = looksAhead(p.text[p.sents[p.sentenceAt(t.start)][0]:t.start])
			}
			t.para = k
			all = append(all, found{k, t})
			times = append(times, t)
		}
	}
	ref, real := published, !published.IsZero()
	if !real {
		ref = notionalReference(times)
	}
	var evs []event
	var weekday []bool // which of evs a bare past weekday dates
	seen := map[string]bool{}
	for _, f := range all {
		p := &d.paras[f.k]
		s := p.sentenceAt(f.t.start)
		key := strconv.Itoa(f.k) + "/" + strconv.Itoa(s) + "/" + f.t.when
		if seen[key] {
			continue
		}
		seen[key] = true
		sp := resolveTime(f.t, ref, real)
		if f.t.kind == tThat {
			// "By Monday evening … That afternoon, …": the day the
			// paragraph last named; none named, it is left out
			if len(evs) == 0 || evs[len(evs)-1].para != f.k || evs[len(evs)-1].Undated {
				continue
			}
			prev := evs[len(evs)-1]
			sp = span{prev.from, prev.to, prev.Date}
		}
		if f.t.kind == tLater {
			// "He received the award in 1989. Ten years later, …": counted
			// from the time the paragraph last named; none named, it is
			// left out
			if len(evs) == 0 || evs[len(evs)-1].para != f.k || evs[len(evs)-1].Undated {
				continue
			}
			sp = countedFrom(evs[len(evs)-1], f.t.when)
		}
		evs = append(evs, event{
			Event: Event{
				When:      f.t.when,
				Date:      sp.date,
				Text:      clauseAround(p, s, f.t.start, f.t.end, false),
				Citations: []Citation{cite(p.n, p.sentence(s))},
			},
			from: sp.from, to: sp.to, para: f.k, off: f.t.start,
		})
		weekday = append(weekday, f.t.kind == tWeekday && !f.t.future)
	}
	placeBeforeNarrative(d, evs, weekday)
	evs = append(evs, undatedEvents(d, evs)...)
	sort.SliceStable(evs, func(a, b int) bool {
		if !evs[a].from.Equal(evs[b].from) {
			return evs[a].from.Before(evs[b].from)
		}
		if !evs[a].to.Equal(evs[b].to) {
			return evs[a].to.Before(evs[b].to)
		}
		if evs[a].para != evs[b].para {
			return evs[a].para < evs[b].para
		}
		return evs[a].off < evs[b].off
	})
	out := make([]Event, len(evs))
	for i, e := range evs {
		out[i] = e.Event
	}
	return out
}

// undatedEvents finds occasions named without a date and places each just
// after the end of a dated event in the same sentence ("spoke twice last
// year … and did not disclose these meetings during the hearing": the
// hearing follows last year's talks). Occasions with no such anchor are
// left out rather than guessed.
func undatedEvents(d *doc, dated []event) []event {
	type occ struct {
		k, s, start, end int
		name             string
	}
	byHead := map[string][]occ{}
	var heads []string
	for k := range d.paras {
		p := &d.paras[k]
		hasHead := false
		for _, t := range p.toks {
			if eventHeads[tokKey(t.s)] {
				hasHead = true
				break
			}
		}
		if !hasHead {
			continue
		}
		for _, m := range eventNoun.FindAllStringSubmatchIndex(p.text, -1) {
			head := strings.ToLower(p.text[m[4]:m[5]])
			if _, ok := byHead[head]; !ok {
				heads = append(heads, head)
			}
			byHead[head] = append(byHead[head], occ{k, p.sentenceAt(m[0]), m[0], m[1], p.text[m[2]:m[3]]})
		}
	}
	var out []event
	for _, h := range heads {
		os := byHead[h]
		var anchor *event
		var at occ
		for _, o := range os {
			for i := range dated {
				e := &dated[i]
				if e.para == o.k && d.paras[o.k].sentenceAt(e.off) == o.s {
					anchor, at = e, o
					break
				}
			}
			if anchor != nil {
				break
			}
		}
		if anchor == nil {
			continue
		}
		first := os[0]
		p := &d.paras[first.k]
		cites := []Citation{cite(p.n, p.sentence(first.s))}
		if at.k != first.k || at.s != first.s {
			ap := &d.paras[at.k]
			cites = append(cites, cite(ap.n, ap.sentence(at.s)))
		}
		out = append(out, event{
			Event: Event{
				Text:      clauseAround(p, first.s, first.start, first.end, true),
				Undated:   true,
				Citations: cites,
			},
			from: anchor.to.Add(time.Second), to: anchor.to.Add(time.Second),
			para: first.k, off: first.start,
		})
	}
	return out
}

// clauseAround returns the clause of sentence s that holds [xs, xe): cut at
// commas, semicolons, colons and dashes, widened when the clause is only the
// time expression ("In December, the CIA concluded …") or continues with
// "when …". With subordinate, "when", "after" and "because" also cut.
func clauseAround(p *para, s, xs, xe int, subordinate bool) string {
	ss, se := p.sents[s][0], p.sents[s][1]
	text := p.text
	isBoundary := func(i int) int { // length of the boundary at i, or 0
		switch {
		case strings.HasPrefix(text[i:], ", ") || strings.HasPrefix(text[i:], "; ") || strings.HasPrefix(text[i:], ": "):
			return 2
		}
		for _, dash := range []string{" - ", " — ", " – "} {
			if strings.HasPrefix(text[i:], dash) {
				return len(dash) // the dash's own length in bytes: "—" is three
			}
		}
		if subordinate {
			for _, w := range []string{" when ", " after ", " because ", " although "} {
				if strings.HasPrefix(text[i:], w) {
					return len(w)
				}
			}
		}
		return 0
	}
	// After the time expression, a subordinate clause tells of something
	// else ("came under attack in recent days after it was revealed …").
	isRightBoundary := func(i int) bool {
		if isBoundary(i) > 0 {
			return true
		}
		for _, w := range []string{" after ", " because ", " although ", " though ", " while ", " before "} {
			if strings.HasPrefix(text[i:], w) {
				return true
			}
		}
		return false
	}
	left := ss
	for i := xs - 1; i >= ss; i-- {
		if n := isBoundary(i); n > 0 && i+n <= xs {
			left = i + n
			break
		}
	}
	right := se
	next := func(from int) int {
		for i := from; i < se; i++ {
			if isRightBoundary(i) {
				return i
			}
		}
		return se
	}
	right = next(xe)
	// Widen a clause that has no verb of its own ("In December,", "Last
	// year, a smaller rival,") to the next boundary, while there is one.
	for right < se && (!hasVerb(text[left:xs]+" "+text[xe:right]) ||
		strings.HasPrefix(text[right:], ", when ") || strings.HasPrefix(text[right:], ", as ")) {
		right = next(right + 1)
		if strings.HasPrefix(text[right:], ", when ") || strings.HasPrefix(text[right:], ", as ") {
			continue
		}
		if hasVerb(text[left:xs] + " " + text[xe:right]) {
			break
		}
	}
	c := strings.TrimSpace(text[left:right])
	c = strings.TrimRight(c, ".,;:")
	return c
}

// hasVerb reports whether text seems to hold a finite verb: an auxiliary,
// a speech verb, an irregular past form, or a word ending in -ed.
func hasVerb(text string) bool {
	for _, t := range tokenize(text) {
		w := strings.ToLower(t.s)
		if auxiliaries[w] || speechVerbs[w] || irregular[w] != "" && w != irregular[w] ||
			len(w) > 4 && strings.HasSuffix(w, "ed") {
			return true
		}
	}
	return false
}
