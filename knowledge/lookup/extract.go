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
		tTimeline:  (*Engine).timeline,
		tEventsAt:  (*Engine).eventsAt,
	}
}

// passage answers with the best sentence.
func (e *Engine) passage(q *query) (reply, bool) {
	if n := len(q.terms); n > 1 && !q.terms[n-1].known && len(q.subjects) > 0 {
		// "what is the Attorney General's salary": the thing asked about,
		// last in an English question, is not in the article
		return reply{}, false
	}
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
	roleShaped := roleQuestion.MatchString(strings.ToLower(q.raw))
	if holders, rs := e.roleHolders(q); len(holders) > 0 && (roleShaped || len(holders) == 1) {
		{
			var names []string
			var used []*sentence
			for k, x := range holders {
				names = append(names, e.a.Entities[x].Name)
				if !rs[k].s.mentions(x) {
					if s := e.firstNaming(x); s != nil && !containsSent(used, s) {
						used = append(used, s)
					}
				}
				if !containsSent(used, rs[k].s) {
					used = append(used, rs[k].s)
				}
			}
			return reply{found: true, head: joinNames(names) + ".", used: used}, true
		}
	}
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if roleShaped {
			break // no one the article describes so holds the role
		}
		if p, _, ok := e.nearestPerson(q, s, c.matched); ok {
			name := e.a.Entities[p].Name
			return reply{found: true, head: name + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// firstNaming is the first body sentence that names x, or nil.
func (e *Engine) firstNaming(x int) *sentence {
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.part == "" && contains(s.named, x) {
			return s
		}
	}
	return nil
}

// roleQuestion asks who holds a role: "who is the referee", "who's Hale's
// spokesman", "what's the name of the deputy".
var roleQuestion = regexp.MustCompile(`^\W*(?:(?:hey|ok|so|and)\W+)*(?:who|who's|whos)\s+(?:is|was|are|were)?\s*(?:the|a|an|\S+'s)\s|\bname of (?:the|a|an|\S+'s)\s|'s name\b`)

// nearestPerson is the person named in s closest to the matched tokens,
// not one of the question's own entities.
func (e *Engine) nearestPerson(q *query, s *sentence, matched []int) (int, float64, bool) {
	best, bestD := -1, math.MaxFloat64
	for _, p := range s.named {
		if e.r.ents[p].kind != knowledge.Person || contains(q.subjects, p) && len(q.terms) > 0 {
			continue
		}
		at := e.position(s, p)
		if e.isPossessor(s, p, matched) {
			continue // "Hale's spokesman" names the spokesman's employer, not the spokesman
		}
		d := 50.0
		for _, m := range matched {
			dd := float64(abs(m - at))
			if m < at {
				// the doer comes before the verb in English; a word after
				// the verb is its object, unless the word matched is a
				// title or role noun that introduces the name
				if w := s.toks[m].lower; isTitleWord(w) || relationNouns[w] || s.toks[m].cap {
					dd += 0.5
				} else {
					dd += 8
				}
			}
			d = math.Min(d, dd)
		}
		if at > 0 && prepositions[s.toks[at-1].lower] {
			d += 15 // the object of a preposition is not the doer
		}
		if d < bestD {
			best, bestD = p, d
		}
	}
	return best, bestD, best >= 0
}

// isPossessor reports whether p is named in s only as the possessor of a
// matched word ("Hale's spokesman").
func (e *Engine) isPossessor(s *sentence, p int, matched []int) bool {
	for _, sp := range e.nameSpans(s, p) {
		_ = sp
		return false // named at least once not as a possessor
	}
	for i := range s.toks {
		if s.toks[i].poss && contains(matched, i+1) {
			for _, f := range e.r.ents[p].forms {
				if i-len(f)+1 >= 0 && matchForm(s.toks, i-len(f)+1, f) {
					return true
				}
			}
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
	if homeQuestion.MatchString(strings.ToLower(q.raw)) && e.hasPersonOf(q.subjects, 0) {
		if r, ok := e.home(q); ok {
			return r, true
		}
		if !strings.Contains(strings.ToLower(q.raw), "state") {
			return e.nationality(q)
		}
		return reply{}, false // where a person is from, and the article does not say
	}
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

// homeQuestion asks where a person is from or what they represent.
var homeQuestion = regexp.MustCompile(`\b(from|represent|represents|home|hometown|nationality)\b|\bwhat country\b`)

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
		if ph, ok := e.nearestSpan(s, c.matched, subs, q); ok && e.spanNear(s, ph, c.matched, 60) {
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

// spanNear reports whether phrase stands within limit bytes of a matched
// token of s: a date far from the verb asked about dates something else.
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
	tCount:   {qCount},
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
	for _, f := range q.focus {
		if !e.r.vocab[f] && !e.knownStem(f) && f != "peopl" && f != "person" {
			return reply{}, false // "how much do bus fares cost": the thing priced is not in the article
		}
	}
	has := func(s *sentence) bool {
		for _, n := range s.nums {
			if kindIn(n.kind, kinds) && !e.numberInQuestion(q, n) {
				return true
			}
		}
		return false
	}
	var best *numberPick
	for rank, c := range e.rank(q, has) {
		if rank > 8 || len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		s := &e.r.sents[c.s]
		for _, n := range s.nums {
			if p, ok := e.scoreNumber(q, c, s, n, kinds); ok && (best == nil || p.score > best.score) {
				best = &p
			}
		}
	}
	if best == nil {
		if q.typ == tCount {
			return e.listCount(q)
		}
		return reply{}, false
	}
	return reply{found: true, head: capitalise(best.n.text) + ".", used: []*sentence{&e.r.sents[best.c.s]}}, true
}

// knownStem reports whether the article uses a form of stem, or a
// synonym of the question word that gave it.
func (e *Engine) knownStem(stem string) bool {
	for v := range e.r.vocab {
		if stemsMeet(v, stem) {
			return true
		}
	}
	return false
}

// numberPick is a number considered as an answer, with its score.
type numberPick struct {
	c     candidate
	n     quantity
	score float64
}

// scoreNumber weighs number n of candidate sentence s as the answer to q:
// of a kind asked for, counting the noun asked about, standing near the
// question's words and belonging to its subject. ok is false for a number
// that cannot be the answer.
func (e *Engine) scoreNumber(q *query, c candidate, s *sentence, n quantity, kinds []quantityKind) (numberPick, bool) {
	if !kindIn(n.kind, kinds) || e.numberInQuestion(q, n) {
		return numberPick{}, false
	}
	unit := e.unitMatch(n, q.focus)
	if n.kind != qCount && unit < 0 {
		unit = 0 // money and shares are in their own units
	}
	if !e.numberFits(q, c, n, unit) {
		return numberPick{}, false
	}
	sc := c.score - 0.1*float64(nearest(n.tok, c.matched, e.subjectTokens(q, s))) + 3*float64(unit)
	if kinds[0] != n.kind {
		sc--
	}
	if n.whole && len(q.terms) > len(q.focus) {
		sc -= 2 // the question says something of a part: "how many bolts were missing"
	} else if n.whole {
		sc += 2 // "how many stations?": the whole
	}
	if o := e.numberOwner(s, n.tok); o >= 0 && len(q.subjects) > 0 {
		if contains(q.subjects, o) {
			sc += 1.5
		} else {
			sc -= 1.5
		}
	}
	return numberPick{c, n, sc}, true
}

// numberFits reports whether n can answer q at all.
func (e *Engine) numberFits(q *query, c candidate, n quantity, unit int) bool {
	switch {
	case unit < 0:
		return false // it counts something else
	case !e.holds(q, c) && !(unit > 0 && c.coverage >= 0.25 && c.subjects >= len(q.subjects)):
		return false // the sentence is not about what was asked
	case q.measure && n.kind == qCount && !isMeasureUnit(n.unit):
		return false // a height or a distance has a unit of measure
	case n.kind == qCount && unit == 0 && n.unit == "" && len(q.focus) > 0 && !adjacent(n.tok, c.matched):
		return false // "twice" counts what the verb beside it does, nothing else
	}
	return true
}

// unitMatch (a method for the lexicon it asks) is 1 when the number counts the noun asked about, -1 when it
// counts some other noun, 0 when it counts none or none was asked.
func (e *Engine) unitMatch(n quantity, focus []string) int {
	if len(focus) == 0 || n.unit == "" {
		return 0
	}
	if e.lex != nil && n.noun != "" {
		for _, f := range focus {
			// "how many people": passengers, voters and residents are people
			if (f == "peopl" || f == "person") && e.lex.KindOf(n.noun, "person") {
				return 1
			}
		}
	}
	for _, f := range focus {
		if stemsMeet(n.unit, f) {
			return 1
		}
		for _, m := range n.mods {
			if stemsMeet(m, f) {
				return 1
			}
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
		if v, _, ok := numberValue(t); ok && v >= 0 && v == n.value {
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
	if !e.hasPersonOf(q.subjects, 0) {
		// "how old is the mayor of raleigh": the person the role describes
		if holders, _ := e.roleHolders(q); len(holders) == 1 {
			q2 := *q
			q2.subjects = holders
			return e.age(&q2)
		}
	}
	if len(q.subjects) == 0 {
		// "how old was the firefighter who got burned": an age in the
		// sentence about what the question describes
		hasAge := func(s *sentence) bool {
			for _, n := range s.nums {
				if n.kind == qAge {
					return true
				}
			}
			return false
		}
		if c, ok := e.best(q, hasAge); ok && namesPerson(q) {
			s := &e.r.sents[c.s]
			for _, n := range s.nums {
				if n.kind == qAge {
					return reply{found: true, head: capitalise(n.text) + ".", used: []*sentence{s}}, true
				}
			}
		}
		// "what's the average age": an age the article states as a number
		q2 := *q
		q2.terms = append([]term{{lower: "age", stem: "age", weight: e.r.idf("age"), known: e.r.vocab["age"]}}, q.terms...)
		return e.value(&q2)
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
	if desc := e.describedSpeaker(q); len(desc) > 0 && (speaker < 0 || contains(q.subjects, speaker)) && e.speakerByRole(q) < 0 {
		// "what did the member of the Trump administration say": a speaker
		// the article describes but does not name
		if r, ok := e.saidBy(q, desc); ok {
			return r, true
		}
		if speaker < 0 || len(speakerTokens(q)) > 0 {
			return reply{}, false
		}
	}
	if speaker < 0 {
		return reply{}, false
	}
	if e.r.ents[speaker].kind != knowledge.Person {
		if p := e.spokesperson(speaker); p >= 0 {
			speaker = p // "Julia Marrow, an FTC spokeswoman, said"
		}
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
			return reply{head: fmt.Sprintf("The article doesn't say: it neither quotes %s nor reports what they said.", name)}, true
		}
	}
	if topical := e.onTopic(q, used); len(topical) > 0 {
		used = topical
	}
	return reply{found: true, head: name + " said:", used: used}, true
}

// describedSpeaker returns the words of "what did X say" that describe the
// speaker beyond any name in X ("member", "report"), or nil when X is only
// a name.
func (e *Engine) describedSpeaker(q *query) []term {
	np := speakerTokens(q)
	_, names := e.entitiesIn(np)
	var out []term
	for i, t := range np {
		if names[i] || stopWords[t.lower] || chatWords[t.lower] || typeWords[t.lower] {
			continue
		}
		out = append(out, term{lower: t.lower, stem: t.stem})
	}
	return out
}

// saidBy answers with the sentences in which the described speaker says
// something: they hold every word of the description and a reporting verb
// ("A member of the Trump administration said …").
func (e *Engine) saidBy(q *query, desc []term) (reply, bool) {
	np := speakerTokens(q)
	xs, _ := e.entitiesIn(np)
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || speechVerbAt(s) < 0 && !hasReporting(s) {
			continue
		}
		if e.describesSubject(s, desc, xs) {
			used = append(used, s)
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	var words []string
	for _, t := range np {
		words = append(words, t.text)
	}
	return reply{found: true, head: capitalise(strings.Join(words, " ")) + " said:", used: used}, true
}

// describesSubject reports whether every word of the description (and
// every entity) stands in the few words before one of s's reporting verbs:
// the description is the verb's subject ("A member of the Trump
// administration said"), not words elsewhere in the sentence.
func (e *Engine) describesSubject(s *sentence, desc []term, xs []int) bool {
	for v, t := range s.toks {
		if s.quoted[v] || !reportingVerbs[t.lower] && !speechVerbs[t.lower] {
			continue
		}
		from := max(0, v-7)
		ok := true
		for _, d := range desc {
			hit := false
			for k := from; k < v; k++ {
				hit = hit || s.toks[k].meets(d.stem)
			}
			ok = ok && hit
		}
		for _, x := range xs {
			at := e.position(s, x)
			ok = ok && contains(s.named, x) && at >= from && at < v
		}
		if ok {
			return true
		}
	}
	return false
}

// hasReporting reports whether s has a reporting verb outside quotation.
func hasReporting(s *sentence) bool {
	for i, t := range s.toks {
		if reportingVerbs[t.lower] && !s.quoted[i] {
			return true
		}
	}
	return false
}

// spokesperson is the person who speaks for organisation o: one whose
// description names it ("an FTC spokeswoman") and who is quoted or
// reported; or -1.
func (e *Engine) spokesperson(o int) int {
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || !e.hasQuotes(x) && len(e.reported(x)) == 0 {
			continue
		}
		for _, r := range e.rolesOf(x) {
			toks := tokenize(r.text)
			for _, f := range e.r.ents[o].forms {
				for i := range toks {
					if matchForm(toks, i, f) {
						return x
					}
				}
			}
		}
	}
	return -1
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
			if !reportingVerbs[t.lower] || s.quoted[v] {
				continue
			}
			if e.speaksAt(s, x, v) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// reportingVerbs introduce what someone said in indirect speech (the
// verbs of saying in Quirk et al., §14.29, less those that also report
// acts, such as "announced"), and what a report or an inquiry stated
// ("a Washington Post report disclosed that …").
var reportingVerbs = set("said", "says", "told", "tells", "stated", "claimed", "claims",
	"added", "argued", "argues", "insisted", "wrote", "testified", "maintained", "explained",
	"contended", "acknowledged", "conceded", "admitted", "warned", "noted", "disclosed",
	"reported", "revealed", "concluded")

// speaksAt reports whether x is the subject of the reporting verb at v:
// named (not as a possessor or a modifier) or referred to by a pronoun
// right before it, or named right after it ("…, said Oakes").
func (e *Engine) speaksAt(s *sentence, x, v int) bool {
	for _, sp := range e.nameSpans(s, x) {
		end := -1
		for k, t := range s.toks {
			if t.end == sp[1] {
				end = k
			}
			if t.start == sp[0] && k == v+1 {
				return true // "said Trevor Oakes"
			}
		}
		if end >= 0 && (v-end == 1 || v-end == 2 && isAdverb(s.toks[end+1].lower)) {
			return true // "Tran said", "Tran also said"; not "the Trump administration said"
		}
	}
	if !contains(s.named, x) && v > 0 {
		p := s.toks[v-1].lower
		return p == "he" || p == "she" || v > 1 && (s.toks[v-2].lower == "he" || s.toks[v-2].lower == "she")
	}
	return false
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
			if p, _, ok := e.nearestPerson(&query{subjects: q.subjects, terms: q.terms}, s, c.matched); ok && e.hasQuotes(p) && !contains(q.subjects, p) {
				return p
			}
		}
	}
	if np := speakerTokens(q); len(np) > 0 {
		// "what did the Post report say Sessions did": the speaker is the
		// one named before "say", not the one the words are about
		if xs, _ := e.entitiesIn(np); len(xs) > 0 {
			return xs[0]
		}
	}
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person {
			return x
		}
	}
	if p := e.speakerByRole(q); p >= 0 {
		return p
	}
	if len(q.subjects) > 0 {
		return q.subjects[0] // an organisation speaks through its statements
	}
	return -1
}

// speakerByRole finds the quoted person a question names by role ("the
// sheriff", "the union guy"): the one whose description holds most of
// the question's words, at least one.
func (e *Engine) speakerByRole(q *query) int {
	np := speakerPhrase(q)
	if len(np) == 0 {
		return -1
	}
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || !e.hasQuotes(x) && len(e.reported(x)) == 0 {
			continue
		}
		var texts []string
		for _, r := range e.rolesOf(x) {
			texts = append(texts, r.text)
		}
		toks := e.roleWords(strings.Join(texts, " ; "))
		all := true
		for _, t := range np {
			hit := false
			for _, tok := range toks {
				hit = hit || tok.meets(t.stem)
			}
			all = all && hit
		}
		if all {
			return x
		}
	}
	return -1
}

// speakerTokens are the tokens between the auxiliary and the speech verb
// of "what did X say", or nil.
func speakerTokens(q *query) []token {
	from, to := -1, -1
	for i, t := range q.toks {
		if from < 0 && auxiliaries[t.lower] {
			from = i
		} else if from >= 0 && (speechVerbs[t.lower] || t.lower == "say") {
			to = i
			break
		}
	}
	if from < 0 || to < 0 {
		return nil
	}
	return q.toks[from+1 : to]
}

// speakerPhrase is the content words naming the speaker in "what did the
// union guy say": those between the auxiliary and the speech verb.
func speakerPhrase(q *query) []term {
	var out []term
	for _, t := range speakerTokens(q) {
		if !stopWords[t.lower] && !chatWords[t.lower] && !typeWords[t.lower] {
			out = append(out, term{lower: t.lower, stem: t.stem})
		}
	}
	return out
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
	if r, ok := e.roleVerdict(q); ok {
		return r, true
	}
	c, ok := e.best(q, nil)
	if !ok {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if c.coverage < 0.75 || c.subjects < len(q.subjects) {
		// the sentence holds part of what was asked: say so, and what it says
		return reply{found: true, head: "The article does not say so. It says:", used: []*sentence{s}}, true
	}
	if e.predicateOfOther(q, s, c.matched) {
		return reply{}, false // "Flynn's resignation" does not say Sessions resigned
	}
	if reportsClaim(s, c.matched) {
		// what someone said, not what happened: no verdict of ours
		return reply{found: true, head: "The article reports a claim, not a fact:", used: []*sentence{s}}, true
	}
	verdict := "Yes —"
	if e.denies(s, c.matched) != q.negated {
		verdict = "No —"
	}
	return reply{found: true, head: verdict, used: []*sentence{s}}, true
}

// reportsClaim reports whether the matched words of s are inside what
// someone is reported to have said: in a quotation, or after a reporting
// verb ("he claimed … that he had no contact").
func reportsClaim(s *sentence, matched []int) bool {
	v := speechVerbAt(s)
	if len(matched) == 0 {
		return false
	}
	for _, m := range matched {
		claimed := s.quoted[m] || v >= 0 && v < m && (s.toks[v].lower != "said" || hasThat(s, v, m))
		if !claimed {
			return false // stated as fact somewhere in the sentence
		}
	}
	return true
}

// hasThat reports whether "that" introduces a clause between tokens v and
// m ("said there that he never met").
func hasThat(s *sentence, v, m int) bool {
	for k := v + 1; k < m; k++ {
		if s.toks[k].lower == "that" {
			return true
		}
	}
	return false
}

// predicateOfOther reports whether every matched word of s belongs, as
// possessed, to an entity the question did not ask about ("Flynn's
// resignation" for "did Sessions resign").
func (e *Engine) predicateOfOther(q *query, s *sentence, matched []int) bool {
	if len(q.subjects) == 0 || len(matched) == 0 {
		return false
	}
	for _, m := range matched {
		if m == 0 || !s.toks[m-1].poss {
			return false
		}
		owner := -1
		for _, x := range s.named {
			for _, f := range e.r.ents[x].forms {
				if m-len(f) >= 0 && matchForm(s.toks, m-len(f), f) {
					owner = x
				}
			}
		}
		if owner < 0 || contains(q.subjects, owner) {
			return false
		}
	}
	return true
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

// denies reports whether a matched word of s is negated: a negation right
// before it, or before it with only auxiliaries and adverbs between ("did
// not meet", "has not yet conceded", "never met").
func (e *Engine) denies(s *sentence, matched []int) bool {
	for _, m := range matched {
		for k := m - 1; k >= 0 && k >= m-4; k-- {
			w := s.toks[k].lower
			if negations[w] || strings.HasSuffix(w, "n't") {
				return true
			}
			if !auxiliaries[w] && !strings.HasSuffix(w, "ly") && w != "yet" && w != "even" && w != "ever" {
				break
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
		var best *candidate
		for _, c := range e.rank(q, about) {
			if !e.holds(q, c) {
				continue
			}
			if rolePhrase.MatchString(e.r.sents[c.s].text) {
				c.score++ // a sentence that says what X is or does
			}
			if best == nil || c.score > best.score {
				best = &c
			}
		}
		if best != nil {
			return reply{found: true, used: []*sentence{&e.r.sents[best.s]}}, true
		}
	}
	ent := e.a.Entities[x]
	rs := e.rolesOf(x)
	if len(rs) == 0 {
		for i := range e.r.sents {
			if s := &e.r.sents[i]; contains(s.named, x) && s.part == "" {
				return reply{found: true, used: []*sentence{s}}, true
			}
		}
		return reply{}, false
	}
	var descs []string
	var used []*sentence
	if !rs[0].s.mentions(x) {
		// the fullest form of the role is told without the name: first the
		// sentence that ties the role to the name
		for i := range e.r.sents {
			if s := &e.r.sents[i]; contains(s.named, x) && s.part == "" {
				used = append(used, s)
				break
			}
		}
	}
	for _, r := range rs {
		descs = append(descs, withArticle(r.text))
		if !containsSent(used, r.s) {
			used = append(used, r.s)
		}
	}
	head := fmt.Sprintf("%s is %s", ent.Name, descs[0])
	if len(descs) > 1 {
		head = fmt.Sprintf("%s is %s; the article also calls %s %s", ent.Name, descs[0], e.shortName(x), joinNames(descs[1:]))
	}
	head = endSentence(head)
	return reply{found: true, head: head, used: used}, true
}

// rolePhrase is a copula or "serving as" that states what someone is.
var rolePhrase = regexp.MustCompile(`\b(?:is|was|has been|had been|serves as|served as|serving as|works as|worked as)\s+(?:a|an|the|head|chair|member|one)\b`)

// endSentence ends s with a period unless it ends with one ("U.S.").
func endSentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
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
	for _, r := range e.rolesOf(x) {
		for _, t := range tokenize(r.text) {
			if p := partyWord(t.lower); p != "" {
				return reply{found: true, head: p + ".", used: []*sentence{r.s}}, true
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
	if kind == "place" && homeQuestion.MatchString(strings.ToLower(q.raw)) && e.hasPersonOf(q.subjects, 0) {
		return e.home(q) // where a person is from, or nothing
	}
	if r, ok := e.roleNoun(q, kind); ok {
		return r, true
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !t.matchesStem(q.focus[0]) {
			sub.terms = append(sub.terms, t)
		}
	}
	cands := e.rank(&sub, nil)
	if len(sub.terms) == 0 && len(sub.subjects) == 0 {
		// "which states was it in": the article's first sentence naming some
		cands = nil
		for i := range e.r.sents {
			if e.r.sents[i].part == "" {
				cands = append(cands, candidate{s: i, coverage: 1, subjects: 0})
			}
		}
	}
	for _, c := range cands {
		if !e.holds(&sub, c) && (len(sub.terms) > 0 || len(sub.subjects) > 0) {
			continue
		}
		s := &e.r.sents[c.s]
		var names []string
		for _, x := range s.named {
			if string(e.r.ents[x].kind) == kind && !contains(q.subjects, x) {
				names = append(names, e.a.Entities[x].Name)
			}
		}
		if len(names) == 0 {
			names = e.namedByNoun(s, q.focus[0], kind)
		}
		if len(names) > 0 {
			return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// roleNoun answers "what committee does X lead" from X's description when
// it names the kind of thing asked for ("the committee's chairman").
func (e *Engine) roleNoun(q *query, kind string) (reply, bool) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			rs := &sentence{text: r.text, toks: tokenize(r.text)}
			if names := e.namedByNoun(rs, q.focus[0], kind); len(names) > 0 {
				used := []*sentence{r.s}
				return reply{found: true, head: joinNames(names) + ".", used: used}, true
			}
		}
	}
	return reply{}, false
}

// namedByNoun resolves "the panel" in s to the entity of that kind whose
// name the noun heads ("the Budget Panel"), as news writing names a body
// in full once and by its common noun after.
func (e *Engine) namedByNoun(s *sentence, noun, kind string) []string {
	if !s.has(noun) {
		return nil
	}
	for x, ent := range e.a.Entities {
		if string(e.r.ents[x].kind) != kind {
			continue
		}
		toks := tokenize(ent.Name)
		if len(toks) > 1 && stemsMeet(toks[len(toks)-1].stem, noun) {
			return []string{ent.Name}
		}
	}
	return nil
}

// homeRe finds where a person is from in an appositive: "of Toledo, Ohio",
// "from Reno".
var homeRe = regexp.MustCompile(`^,\s+(?:\d{1,3},\s+)?(?:[^,]*\s)?(?:of|from)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:,\s+[A-Z][\w.]*)?)`)

// home answers which state or place a person represents or comes from: the
// state of an AP party tag ("D-Ore."), or the place of an appositive ("of
// Toledo, Ohio").
func (e *Engine) home(q *query) (reply, bool) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			if m := partyTag.FindStringSubmatch(r.text); m != nil {
				if st := knowledge.USState(m[2]); st != "" {
					return reply{found: true, head: fmt.Sprintf("%s (%s).", st, r.text), used: []*sentence{r.s}}, true
				}
			}
		}
		for i := range e.r.sents {
			s := &e.r.sents[i]
			for _, sp := range e.nameSpans(s, x) {
				if m := homeRe.FindStringSubmatch(s.text[sp[1]:]); m != nil {
					return reply{found: true, head: m[1] + ".", used: []*sentence{s}}, true
				}
			}
		}
	}
	return reply{}, false
}

// nationality answers what country a person represents from the
// nationality their description gives ("French ambassador").
func (e *Engine) nationality(q *query) (reply, bool) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			for _, t := range tokenize(r.text) {
				if t.cap && !isTitleWord(t.lower) && !t.poss && partyWord(t.lower) == "" && demonymLike(t.lower) {
					used := []*sentence{r.s}
					if !r.s.mentions(x) {
						if s := e.firstNaming(x); s != nil {
							used = []*sentence{s, r.s}
						}
					}
					return reply{found: true, head: fmt.Sprintf("The article calls %s %s.", e.a.Entities[x].Name, strings.TrimSuffix(withArticle(r.text), ".")), used: used}, true
				}
			}
		}
	}
	return reply{}, false
}

// demonymLike reports whether a word has the form of an English
// nationality adjective (-an, -ian, -ese, -ish, -ch, -i: Quirk et al.,
// Appendix I.50).
func demonymLike(w string) bool {
	for _, suf := range []string{"an", "ese", "ish", "ch", "i", "ic"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
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
	for _, t := range q.terms {
		if isTitleWord(t.lower) || relationNouns[t.lower] {
			// "Sessions' spokeswoman?": who holds the role
			if holders, rs := e.roleHolders(q); len(holders) == 1 {
				used := []*sentence{rs[0].s}
				if s := e.firstNaming(holders[0]); s != nil && !rs[0].s.mentions(holders[0]) {
					used = append([]*sentence{s}, used...)
				}
				return reply{found: true, head: e.a.Entities[holders[0]].Name + ".", used: used}, true
			}
		}
	}
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

// enumeration is a list of two or more capitalised items joined by commas
// and a final "and" or "or": "the Galveston, Freeport, Corpus Christi and
// Houston ports", "the British, Korean, …, and Russian ambassadors".
var enumeration = regexp.MustCompile(`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)+`)

// listCount answers "how many X" with the number of items in a list of X
// the best sentence gives, when it gives no number.
func (e *Engine) listCount(q *query) (reply, bool) {
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, loc := range enumeration.FindAllStringIndex(s.text, -1) {
			list := s.text[loc[0]:loc[1]]
			after := tokenize(s.text[loc[1]:])
			if len(after) == 0 || e.unitMatch(quantity{unit: after[0].stem, noun: after[0].lower}, q.focus) <= 0 {
				continue
			}
			items := splitList(list)
			n := len(items)
			if n < 2 || narrows(q.focus, items) {
				continue // "how many German ambassadors": one item, not the list
			}
			head := fmt.Sprintf("%s: %s %s.", capitalise(numberWord(n)), strings.TrimSpace(list), after[0].text)
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// narrows reports whether a word of the counted phrase names one of the
// list's items.
func narrows(focus []string, items []string) bool {
	for _, it := range items {
		for _, f := range focus {
			if stemsMeet(stemOf(strings.ToLower(strings.TrimSpace(it))), f) {
				return true
			}
		}
	}
	return false
}

// splitList splits a list's items at commas and "and"/"or".
func splitList(list string) []string {
	var out []string
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		for _, sub := range regexp.MustCompile(`\s+(?:and|or)\s+|^(?:and|or)\s+`).Split(part, -1) {
			if strings.TrimSpace(sub) != "" {
				out = append(out, sub)
			}
		}
	}
	return out
}

// numberWord writes small numbers in words, as AP style does (one to nine).
func numberWord(n int) string {
	words := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

// isMeasureUnit reports whether a unit stem is a unit of measure.
func isMeasureUnit(stem string) bool {
	if stem == "" {
		return false
	}
	for u := range measureUnits {
		if stemOf(u) == stem {
			return true
		}
	}
	return false
}

// namesPerson reports whether the question describes a person by a noun: a
// title, a relation, or an agent noun (English -er, -or, -ist, -ian:
// "firefighter", "investigator", "scientist", "librarian").
func namesPerson(q *query) bool {
	for _, t := range q.terms {
		l := t.lower
		if isTitleWord(l) || relationNouns[l] {
			return true
		}
		for _, suf := range []string{"er", "or", "ist", "ian"} {
			if strings.HasSuffix(l, suf) && len(l) > len(suf)+3 {
				return true
			}
		}
	}
	return false
}

// roleQuestionRe is "is/was X (still) a <role>?".
var roleQuestionRe = regexp.MustCompile(`^\W*(?:\w+\W+){0,6}?(is|was|are|were)\s+(.+?)\s+(still\s+)?(?:a|an|the)\s+([a-z][\w .'-]*?)\W*$`)

// roleVerdict answers "is X a senator?" and "is he still a senator?" from
// what the article calls X: yes for a role it gives X now, no with the
// present role when it gives that role only as a former one ("while still
// US Senator"), and nothing when it never gives it.
func (e *Engine) roleVerdict(q *query) (reply, bool) {
	m := roleQuestionRe.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || !e.hasPersonOf(q.subjects, 0) {
		return reply{}, false
	}
	x := q.subjects[0]
	asked := tokenize(m[4])
	if len(asked) == 0 {
		return reply{}, false
	}
	noun := asked[len(asked)-1]
	var now, before *role
	for _, r := range e.rolesOf(x) {
		for _, t := range e.roleWords(r.text) {
			if t.meets(noun.stem) {
				rr := r
				if r.past {
					before = &rr
				} else if now == nil {
					now = &rr
				}
			}
		}
	}
	name := e.a.Entities[x].Name
	pastTense := m[1] == "was" || m[1] == "were"
	switch {
	case now != nil || before != nil && pastTense:
		r := now
		if r == nil {
			r = before
		}
		return reply{found: true, head: fmt.Sprintf("Yes — the article calls %s %s.", name, strings.TrimSuffix(withArticle(r.text), ".")), used: []*sentence{r.s}}, true
	case before != nil:
		rs := e.rolesOf(x)
		cur := ""
		var used []*sentence
		for _, r := range rs {
			if !r.past {
				cur, used = r.text, []*sentence{r.s}
				break
			}
		}
		used = append(used, before.s)
		head := fmt.Sprintf("No — the article gives %s as a former role (%q)", m[4], before.text)
		if cur != "" {
			head = fmt.Sprintf("No — %s is %s now; the article gives %s as a former role (%q)", name, strings.TrimSuffix(withArticle(cur), "."), m[4], before.text)
		}
		return reply{found: true, head: head + ".", used: used}, true
	}
	return reply{}, false
}

// isAdverb reports whether a word is an adverb that may stand between a
// subject and its verb ("also", "later", "repeatedly").
func isAdverb(w string) bool {
	switch w {
	case "also", "later", "then", "again", "still", "never", "once", "often", "first":
		return true
	}
	return strings.HasSuffix(w, "ly")
}
