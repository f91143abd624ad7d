package lookup

import (
	"fmt"
	"math"
	"regexp"
	"strings"

	"storybot/knowledge"
)

// Stage 4, extracting: the answer of the expected type, taken from the
// best candidates. Each answer type has its handler; a handler that finds
// no answer of its type returns false, and the decision falls to a
// passage or to "the article doesn't say".

// handler extracts one type of answer.
type handler func(*Engine, *query) (reply, bool)

// handlers maps each answer type to its extractor.
var handlers map[answerType]handler

func init() {
	handlers = map[answerType]handler{
		tPassage:   (*Engine).passage,
		tPerson:    (*Engine).person,
		tPlace:     (*Engine).place,
		tTime:      (*Engine).time,
		tCount:     (*Engine).quantityOf,
		tAmount:    (*Engine).quantityOf,
		tPercent:   (*Engine).quantityOf,
		tScore:     (*Engine).quantityOf,
		tAge:       (*Engine).age,
		tReason:    (*Engine).reason,
		tQuote:     (*Engine).quotes,
		tYesNo:     (*Engine).yesNo,
		tDescribe:  (*Engine).describe,
		tChoice:    (*Engine).choice,
		tTitle:     (*Engine).title,
		tCaption:   (*Engine).caption,
		tCredit:    (*Engine).credit,
		tQuoted:    (*Engine).quoted,
		tSummary:   (*Engine).summary,
		tParty:     (*Engine).party,
		tPublished: (*Engine).published,
		tOrder:     (*Engine).order,
		tWhoSaid:   (*Engine).whoSaid,
		tWhich:     (*Engine).which,
		tValue:     (*Engine).value,
		tName:      (*Engine).fullName,
	}
}

// passage answers with the best sentence.
func (e *Engine) passage(q *query) (reply, bool) {
	c, ok := e.best(q, nil)
	if !ok {
		return reply{}, false
	}
	return reply{found: true, used: []*sentence{&e.r.sents[c.s]}}, true
}

// person answers "who …" with the person nearest the words the question
// matched in the best sentence that names one it did not ask about.
func (e *Engine) person(q *query) (reply, bool) {
	if len(q.terms) == 0 && len(q.subjects) == 1 {
		return e.describe(q)
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) && !(c.coverage >= minCoverage && len(q.subjects) > 0) {
			continue
		}
		s := &e.r.sents[c.s]
		if p, ok := e.nearestPerson(q, s, c.matched); ok {
			name := e.a.Entities[p].Name
			return reply{found: true, head: name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// nearestPerson is the person named in s closest to the matched tokens,
// not one of the question's own entities.
func (e *Engine) nearestPerson(q *query, s *sentence, matched []int) (int, bool) {
	best, bestD := -1, math.MaxFloat64
	for _, p := range s.named {
		if e.r.ents[p].kind != knowledge.Person || contains(q.subjects, p) && len(q.terms) > 0 {
			continue
		}
		at := e.position(s, p)
		d := 50.0
		for _, m := range matched {
			dd := float64(abs(m - at))
			if m < at {
				dd += 0.5 // the subject usually comes before the verb in English
			}
			d = math.Min(d, dd)
		}
		if at > 0 && prepositions[s.toks[at-1].lower] {
			d += 4 // the object of a preposition is rarely the one asked about
		}
		if d < bestD {
			best, bestD = p, d
		}
	}
	return best, best >= 0
}

// hasRelation reports whether the question names a person by a relation
// ("his lawyer"), so that the answer may be someone else in the sentence.
func (q *query) hasRelation() bool {
	for _, t := range q.terms {
		if relationNouns[t.lower] {
			return true
		}
	}
	return false
}

// position is the token index where entity p is first named in s.
func (e *Engine) position(s *sentence, p int) int {
	for i := range s.toks {
		for _, f := range e.r.ents[p].forms {
			if matchForm(s.toks, i, f) {
				return i
			}
		}
	}
	return 0
}

// placeRe finds a place named after a preposition of place: a run of
// capitalised words ("at Riverfront Stadium", "in Kansas City, Mo.").
var placeRe = regexp.MustCompile(`\b(?:in|at|near|outside|from|to)\s+((?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*(?:,\s+[A-Z][a-z]+\.)?)`)

// place answers "where …" with the place phrase nearest the matched words.
func (e *Engine) place(q *query) (reply, bool) {
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if ph, ok := e.nearestSpan(s, c.matched, placeRe.FindAllStringSubmatchIndex(s.text, -1), q); ok {
			return reply{found: true, head: capitalise(ph) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// nearestSpan picks, of the spans found in s (submatch 1), the one closest
// to the matched tokens whose words the question does not already name.
func (e *Engine) nearestSpan(s *sentence, matched []int, spans [][]int, q *query) (string, bool) {
	best, bestD := "", math.MaxInt
	for _, sp := range spans {
		a, b := sp[2], sp[3]
		text := strings.TrimRight(s.text[a:b], ",")
		if e.inQuestion(q, text) {
			continue
		}
		d := 1000
		for _, m := range matched {
			d = min(d, abs(s.toks[m].start-a))
		}
		if d < bestD {
			best, bestD = s.text[sp[0]:b], d
		}
	}
	return strings.TrimRight(best, ","), best != ""
}

// inQuestion reports whether all the words of a phrase are the question's.
func (e *Engine) inQuestion(q *query, phrase string) bool {
	for _, t := range tokenize(phrase) {
		found := false
		for _, x := range q.toks {
			if x.lower == t.lower {
				found = true
			}
		}
		if !found && !stopWords[t.lower] {
			return false
		}
	}
	return true
}

// timeRe finds time expressions of news writing (AP Stylebook, "dates",
// "days of the week", "time of day"): dates, weekdays, clock times,
// years, relative times, and the minutes of a match report.
var timeRe = regexp.MustCompile(`(?i)\b(?:(?:on|by|until|since|in|at|before|after|from)\s+)?(?:` +
	`(?:Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec)\.\s+\d{1,2}(?:,\s+\d{4})?|` +
	`(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2}(?:,\s+\d{4})?|\s+\d{4})?|` +
	`\d{1,2}:\d{2}\s*(?:a\.m\.|p\.m\.)(?:\s+\w+day)?|` +
	`(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+(?:next|this|last)\s+year|` +
	`(?:early|late|mid|later)\s+(?:next|this|last)\s+(?:year|month|week)|` +
	`(?:last|next|this|earlier this|later this)\s+(?:week|month|year|spring|summer|fall|winter|season|weekend)|` +
	`\d+\s+(?:days|weeks|months|years)\s+(?:ago|earlier|later)|` +
	`(?:\w+|\d+)\s+(?:minutes|hours|days|weeks|months|years)\s+later|` +
	`in\s+recent\s+(?:days|weeks|months)|` +
	`the\s+\d+(?:st|nd|rd|th)(?:\s+minute)?|` +
	`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?|` +
	`(?:today|tonight|yesterday|tomorrow)|` +
	`(?:19|20)\d{2})\b\.?`)

// time answers "when …" with the time expression nearest the matched
// words in the best sentence that has one.
func (e *Engine) time(q *query) (reply, bool) {
	hasTime := func(s *sentence) bool { return len(s.times) > 0 }
	for _, c := range e.rank(q, hasTime) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		spans := s.times
		var subs [][]int
		for _, sp := range spans {
			subs = append(subs, []int{sp[0], sp[1], sp[0], sp[1]})
		}
		if strings.Contains(q.raw, "time") {
			subs = preferClock(s.text, subs)
		}
		if ph, ok := e.nearestSpan(s, c.matched, subs, q); ok {
			head := capitalise(strings.TrimSuffix(ph, "."))
			if d := e.dateOf(s, ph); d != "" {
				head += " (" + d + ")"
			}
			return reply{found: true, head: head + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
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

// preferClock keeps only clock times, when there are any.
func preferClock(text string, spans [][]int) [][]int {
	var out [][]int
	for _, sp := range spans {
		if strings.Contains(text[sp[0]:sp[1]], ":") {
			out = append(out, sp)
		}
	}
	if len(out) == 0 {
		return spans
	}
	return out
}

// quantityKinds lists the kinds of number each numeric type accepts, best
// first.
var quantityKinds = map[answerType][]quantityKind{
	tCount:   {qCount, qAge},
	tAmount:  {qMoney, qCount, qPercent},
	tPercent: {qPercent},
	tScore:   {qScore},
}

// quantityOf answers "how many/how much/what percentage/the score" with
// the number of the right kind whose unit is the noun asked about and
// which stands nearest the matched words.
func (e *Engine) quantityOf(q *query) (reply, bool) {
	kinds := quantityKinds[q.typ]
	if q.typ == tAmount && q.asksMoney() {
		kinds = []quantityKind{qMoney}
	}
	has := func(s *sentence) bool {
		for _, n := range s.nums {
			if kindIn(n.kind, kinds) && !e.numberInQuestion(q, n) {
				return true
			}
		}
		return false
	}
	type pick struct {
		c     candidate
		n     quantity
		score float64
	}
	var best *pick
	for rank, c := range e.rank(q, has) {
		if rank > 8 || len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		s := &e.r.sents[c.s]
		for _, n := range s.nums {
			if !kindIn(n.kind, kinds) || e.numberInQuestion(q, n) {
				continue
			}
			unit := unitMatch(n, q.focus)
			if !e.holds(q, c) && !(unit > 0 && c.coverage >= 0.3) {
				continue
			}
			if q.measure && n.unit == "" && n.kind == qCount {
				continue // a height or a distance has a unit
			}
			if n.kind == qCount && unit == 0 && n.unit == "" && len(q.focus) > 0 && !adjacent(n.tok, c.matched) {
				continue // "twice" counts what the verb beside it does, nothing else
			}
			sc := c.score - 0.1*float64(nearest(n.tok, c.matched, e.subjectTokens(q, s))) + 3*float64(unit)
			if kinds[0] != n.kind {
				sc -= 1
			}
			if o := e.numberOwner(s, n.tok); o >= 0 && len(q.subjects) > 0 {
				if contains(q.subjects, o) {
					sc += 1.5
				} else {
					sc -= 1.5
				}
			}
			if best == nil || sc > best.score {
				best = &pick{c, n, sc}
			}
		}
	}
	if best == nil {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(best.n.text) + ".", used: []*sentence{&e.r.sents[best.c.s]}}, true
}

// unitMatch is 1 when the number counts the noun asked about, -1 when it
// counts some other noun, 0 when it counts none or none was asked.
func unitMatch(n quantity, focus []string) int {
	if len(focus) == 0 || n.unit == "" {
		return 0
	}
	for _, f := range focus {
		if stemsMeet(n.unit, f) {
			return 1
		}
	}
	return -1
}

// adjacent reports whether token i stands right after one of the matched
// tokens ("scored twice").
func adjacent(i int, matched []int) bool {
	for _, m := range matched {
		if i-m >= 1 && i-m <= 2 {
			return true
		}
	}
	return false
}

// numberOwner is the entity a number belongs to: the one named nearest
// before it in its clause ("Calloway had 612,408 votes, … to Brandt's
// 589,117"), or -1.
func (e *Engine) numberOwner(s *sentence, i int) int {
	best, bestAt := -1, -1
	for _, p := range append(append([]int(nil), s.named...), s.refs...) {
		at := e.lastPosition(s, p, i)
		if at > bestAt && i-at <= 8 {
			best, bestAt = p, at
		}
	}
	return best
}

// numberInQuestion reports whether the question itself states the number
// ("did question 3 pass").
func (e *Engine) numberInQuestion(q *query, n quantity) bool {
	for _, t := range q.toks {
		if v, _, ok := numberValue(t); ok && v == n.value {
			return true
		}
	}
	return false
}

// subjectTokens are the token indexes of s that name the query's entities.
func (e *Engine) subjectTokens(q *query, s *sentence) []int {
	var out []int
	for _, p := range q.subjects {
		if contains(s.named, p) {
			out = append(out, e.position(s, p))
		}
	}
	return out
}

// nearest is the smallest distance from token i to any of the given
// tokens, or 10 when there are none.
func nearest(i int, sets ...[]int) int {
	d := 10
	for _, xs := range sets {
		for _, x := range xs {
			d = min(d, abs(x-i))
		}
	}
	return d
}

func kindIn(k quantityKind, ks []quantityKind) bool {
	for _, x := range ks {
		if x == k {
			return true
		}
	}
	return false
}

// age answers "how old is X" with the age the article gives X: an
// appositive number ("Calloway, 51,") or "a 31-year-old" describing X.
func (e *Engine) age(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	n, s, ok := e.ageOf(q.subjects[0])
	if !ok {
		return reply{}, false
	}
	return reply{found: true, head: fmt.Sprintf("%s is %s.", e.shortName(q.subjects[0]), ageWords(n)), used: []*sentence{s}}, true
}

// ageOf finds the age the article gives person x.
func (e *Engine) ageOf(x int) (quantity, *sentence, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if n.kind == qAge && e.ownerOf(s, n.tok) == x {
				return n, s, true
			}
		}
	}
	return quantity{}, nil, false
}

// ageWords writes an age as a phrase ("51", "31 years old").
func ageWords(n quantity) string {
	return fmt.Sprintf("%g", n.value)
}

// ownerOf is the person named nearest before token i of s, within the same
// clause, whom a number or description there belongs to.
func (e *Engine) ownerOf(s *sentence, i int) int {
	best, bestAt := -1, -1
	for _, p := range s.named {
		if e.r.ents[p].kind != knowledge.Person {
			continue
		}
		at := e.lastPosition(s, p, i)
		if at >= 0 && at > bestAt && i-at <= 6 {
			best, bestAt = p, at
		}
	}
	return best
}

// lastPosition is the last token index before limit where p is named.
func (e *Engine) lastPosition(s *sentence, p, limit int) int {
	at := -1
	for i := 0; i < limit && i < len(s.toks); i++ {
		for _, f := range e.r.ents[p].forms {
			if matchForm(s.toks, i, f) {
				at = i + len(f) - 1
			}
		}
	}
	return at
}

// shortName is how the answer names a person: the surname for a person,
// the name otherwise.
func (e *Engine) shortName(x int) string {
	ent := e.a.Entities[x]
	return ent.Name
}

// reason answers "why …" with the sentence that holds the question's
// subject and predicate, preferring one that states a cause.
func (e *Engine) reason(q *query) (reply, bool) {
	cands := e.rank(q, nil)
	for _, c := range cands {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		return reply{found: true, used: []*sentence{s}}, true
	}
	return reply{}, false
}

// quotes answers "what did X say" with X's quotations, those on the
// question's topic when it names one.
func (e *Engine) quotes(q *query) (reply, bool) {
	speaker := e.speakerAsked(q)
	if speaker < 0 {
		return reply{}, false
	}
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.speaker == speaker && !containsSent(used, s) {
			used = append(used, s)
		}
	}
	name := e.a.Entities[speaker].Name
	if len(used) == 0 {
		used = e.reported(speaker)
		if len(used) == 0 {
			return reply{head: fmt.Sprintf("The article doesn't quote %s or report what %s said.", name, name)}, true
		}
	}
	if topical := e.onTopic(q, used); len(topical) > 0 {
		used = topical
	}
	return reply{found: true, head: name + " said:", used: used}, true
}

// reported returns the sentences that report what x said without quoting
// it: x (or a pronoun for x) within three words of a reporting verb.
func (e *Engine) reported(x int) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !s.mentions(x) {
			continue
		}
		for v, t := range s.toks {
			if !speechVerbs[t.lower] || s.quoted[v] {
				continue
			}
			at := e.position(s, x)
			if !contains(s.named, x) {
				at = pronounAt(s)
			}
			if at >= 0 && abs(at-v) <= 3 {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// pronounAt is the index of the first personal pronoun of s, or -1.
func pronounAt(s *sentence) int {
	for i, t := range s.toks {
		switch t.lower {
		case "he", "she", "they":
			return i
		}
	}
	return -1
}

// speakerAsked is the person whose words a quote question asks for: the
// person it names, or the person related to them as the question says
// ("vecchio's lawyer").
func (e *Engine) speakerAsked(q *query) int {
	for _, t := range q.terms {
		if !relationNouns[t.lower] {
			continue
		}
		for _, c := range e.rank(q, nil) {
			s := &e.r.sents[c.s]
			if !containsTok(s, t.stem) {
				continue
			}
			if p, ok := e.nearestPerson(&query{subjects: q.subjects, terms: q.terms}, s, c.matched); ok && e.hasQuotes(p) && !contains(q.subjects, p) {
				return p
			}
		}
	}
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person {
			return x
		}
	}
	if len(q.subjects) > 0 {
		return q.subjects[0] // an organisation speaks through its statements
	}
	return -1
}

// hasQuotes reports whether the article quotes p.
func (e *Engine) hasQuotes(p int) bool {
	for _, s := range e.r.sents {
		if s.speaker == p {
			return true
		}
	}
	return false
}

// onTopic keeps the sentences that hold one of the question's content
// terms, with the sentences that continue them (the same speaker, next in
// the paragraph).
func (e *Engine) onTopic(q *query, ss []*sentence) []*sentence {
	var out []*sentence
	for k, s := range ss {
		topical := false
		for _, t := range q.terms {
			if !relationNouns[t.lower] && s.hasTerm(t) {
				topical = true
				break
			}
		}
		if !topical {
			continue
		}
		out = append(out, s)
		if k+1 < len(ss) && ss[k+1].para == s.para && !containsSent(out, ss[k+1]) {
			out = append(out, ss[k+1])
		}
	}
	return out
}

// containsTok reports whether s holds a form of stem.
func containsTok(s *sentence, stem string) bool { return s.has(stem) }

func containsSent(ss []*sentence, s *sentence) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// yesNo answers a yes/no question: Yes when the best sentence states what
// was asked, No when it denies it, and "doesn't say" otherwise.
func (e *Engine) yesNo(q *query) (reply, bool) {
	c, ok := e.best(q, nil)
	if !ok {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if c.coverage < 0.75 || c.subjects < len(q.subjects) {
		// the sentence holds part of what was asked: say so, and what it says
		return reply{found: true, head: "The article does not say so. It says:", used: []*sentence{s}}, true
	}
	verdict := "Yes."
	if e.denies(s, c.matched) != q.negated {
		verdict = "No."
	}
	return reply{found: true, head: verdict, used: []*sentence{s}}, true
}

// fullName answers "what is X's first name" with the name the article
// gives in full.
func (e *Engine) fullName(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if strings.Contains(s.text, e.a.Entities[x].Name) {
			return reply{found: true, head: fmt.Sprintf("%s.", e.a.Entities[x].Name), used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// denies reports whether a negation stands within the three words before
// a matched word of s.
func (e *Engine) denies(s *sentence, matched []int) bool {
	for _, m := range matched {
		for k := max(0, m-3); k < m; k++ {
			if negations[s.toks[k].lower] || strings.HasSuffix(s.toks[k].lower, "n't") {
				return true
			}
		}
	}
	return false
}

// describe answers "who is X" with the role the article gives X.
func (e *Engine) describe(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return e.passage(q)
	}
	x := q.subjects[0]
	if len(q.terms) > 0 {
		// "what was his role in the campaign": the sentence about X that
		// holds the rest of the question
		about := func(s *sentence) bool { return s.mentions(x) }
		if c, ok := e.best(q, about); ok {
			return reply{found: true, used: []*sentence{&e.r.sents[c.s]}}, true
		}
	}
	ent := e.a.Entities[x]
	role := strings.TrimSpace(ent.Role)
	if role == "" && ent.Title != "" {
		role = ent.Title
	}
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if contains(s.named, x) && (role == "" || strings.Contains(s.text, role)) {
			used = append(used, s)
			break
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	if role == "" {
		return reply{found: true, used: used}, true
	}
	return reply{found: true, head: fmt.Sprintf("%s is %s.", ent.Name, withArticle(role)), used: used}, true
}

// withArticle puts "the" before a role that has no determiner.
func withArticle(role string) string {
	l := strings.ToLower(role)
	for _, d := range []string{"a ", "an ", "the ", "one ", "his ", "her ", "their ", "its "} {
		if strings.HasPrefix(l, d) {
			return role
		}
	}
	if strings.Contains(l, "'s ") || strings.Contains(l, "’s ") {
		return role
	}
	return "the " + role
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// partyTag finds a party affiliation in AP style: the tag after a name
// ("Lorna Fisk, R-Nev.") or the party before it ("Democrat Dana Calloway")
// (AP Stylebook, "party affiliation").
var partyTag = regexp.MustCompile(`\b([DRI])-([A-Z][A-Za-z.]*)`)

// partyNames are the parties the AP tags abbreviate.
var partyNames = map[string]string{"D": "Democrat", "R": "Republican", "I": "Independent"}

// party answers "what party is X" from X's party tag or the party word
// before X's name.
func (e *Engine) party(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return reply{}, false
	}
	r, ok := e.partyOf(q.subjects[0])
	if !ok || !isAux(dropChat(lowerWords(q.toks))) {
		return r, ok
	}
	asked := ""
	for _, t := range q.toks {
		if p := partyWord(t.lower); p != "" {
			asked = p
		}
	}
	if strings.HasPrefix(r.head, asked) {
		r.head = "Yes: " + r.head
	} else {
		r.head = "No: " + r.head
	}
	return r, true
}

// partyWord names the party a word refers to ("democratic" → "Democrat").
func partyWord(w string) string {
	switch w {
	case "democrat", "democratic", "democrats":
		return "Democrat"
	case "republican", "republicans", "gop":
		return "Republican"
	case "independent", "libertarian":
		return capitalise(w)
	}
	return ""
}

// lowerWords are the tokens' lower-case forms.
func lowerWords(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.lower
	}
	return out
}

// partyOf finds the party the article gives person x.
func (e *Engine) partyOf(x int) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) {
			continue
		}
		at := e.lastPosition(s, x, len(s.toks))
		if at < 0 {
			continue
		}
		rest := s.text[s.toks[at].end:]
		if m := partyTag.FindStringSubmatchIndex(rest); m != nil && m[0] <= 3 {
			tag := rest[m[0]:m[1]]
			return reply{found: true, head: fmt.Sprintf("%s (%s).", partyNames[rest[m[2]:m[3]]], tag), used: []*sentence{s}}, true
		}
		if first := e.position(s, x); first > 0 {
			if p := partyWord(s.toks[first-1].lower); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// whoSaid answers "who said …" with the speaker of the sentence that best
// holds what was said: the quotation's attributed speaker, or the subject
// of the sentence's reporting verb, named as the article names it ("A
// member of the Trump administration").
func (e *Engine) whoSaid(q *query) (reply, bool) {
	c, ok := e.best(q, func(s *sentence) bool { return s.speaker >= 0 || speechVerbAt(s) >= 0 })
	if !ok {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if s.speaker >= 0 {
		return reply{found: true, head: e.a.Entities[s.speaker].Name + ".", used: []*sentence{s}}, true
	}
	v := speechVerbAt(s)
	start := 0
	for k := v - 1; k >= 0; k-- {
		gap := s.text[s.toks[k].end:s.toks[k+1].start]
		if strings.ContainsAny(gap, ",;\"“”—") {
			start = k + 1
			break
		}
	}
	if start == v {
		// "…," said X: the speaker follows the verb
		end := v + 1
		for end < len(s.toks) && !strings.ContainsAny(s.text[s.toks[end-1].end:s.toks[end].start], ",.;") {
			end++
		}
		return reply{found: true, head: capitalise(s.text[s.toks[v+1].start:s.toks[end-1].end]) + ".", used: []*sentence{s}}, v+1 < end
	}
	return reply{found: true, head: capitalise(s.text[s.toks[start].start:s.toks[v-1].end]) + ".", used: []*sentence{s}}, true
}

// speechVerbAt is the index of the first reporting verb of s outside a
// quotation, or -1.
func speechVerbAt(s *sentence) int {
	for i, t := range s.toks {
		if speechVerbs[t.lower] && !s.quoted[i] {
			return i
		}
	}
	return -1
}

// asksMoney reports whether the question asks for an amount of money.
func (q *query) asksMoney() bool {
	for _, t := range q.toks {
		if moneyWords[t.lower] {
			return true
		}
	}
	return false
}

// which answers "which X" where X names a kind of thing (a state, an
// agency): the entities of that kind in the best sentence.
func (e *Engine) which(q *query) (reply, bool) {
	if len(q.focus) == 0 {
		return e.passage(q)
	}
	kind := ""
	for w, k := range classNouns {
		if stemOf(w) == q.focus[0] {
			kind = k
		}
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !t.matchesStem(q.focus[0]) {
			sub.terms = append(sub.terms, t)
		}
	}
	for _, c := range e.rank(&sub, nil) {
		if !e.holds(&sub, c) {
			continue
		}
		s := &e.r.sents[c.s]
		var names []string
		for _, x := range s.named {
			if string(e.r.ents[x].kind) == kind && !contains(q.subjects, x) {
				names = append(names, e.a.Entities[x].Name)
			}
		}
		if len(names) > 0 {
			return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// matchesStem reports whether the term is a form of stem.
func (t term) matchesStem(stem string) bool { return stemsMeet(t.stem, stem) }

// joinNames writes a list as English: "A", "A and B", "A, B and C".
func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// value answers a bare noun question ("turnout?", "containment?") with
// the number that stands nearest the noun in the best sentence holding
// one; without a number, with the best sentence.
func (e *Engine) value(q *query) (reply, bool) {
	has := func(s *sentence) bool { return len(s.nums) > 0 }
	for _, c := range e.rank(q, has) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		best, bestD := -1, 1<<30
		for k, n := range s.nums {
			if n.kind == qDay || n.kind == qYear {
				continue
			}
			if d := nearest(n.tok, c.matched); d < bestD {
				best, bestD = k, d
			}
		}
		if best >= 0 && bestD <= 4 {
			return reply{found: true, head: capitalise(s.nums[best].text) + ".", used: []*sentence{s}}, true
		}
		break
	}
	return e.passage(q)
}
