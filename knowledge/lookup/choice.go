package lookup

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Choice questions ("who's older, X or Y?", "what came first, X or Y?",
// "who got a bigger share, X or Y?"): each alternative is found on its
// own, then they are compared by age, by time or by number.

// option is one alternative of a choice, found in the article.
type option struct {
	text string
	q    *query
}

// choice answers a choice question.
func (e *Engine) choice(q *query) (reply, bool) {
	base := e.baseOf(q.compare)
	opts := make([]option, len(q.options))
	for i, o := range q.options {
		oq := e.understand(o, nil)
		if base == "old" || base == "young" {
			// "the retired weather guy": the person a description of
			// age's subject names, as "how old is …" resolves it; a place
			// that only modifies the person noun ("the lakeview supt") is
			// no side of its own
			if x := e.agedSubject(o); x >= 0 && !e.hasPersonOf(oq.subjects, 0) {
				oq.subjects = []int{x}
			}
		}
		oq.typ = tPassage
		if timeComparatives[q.compare] {
			oq = e.withPredicate(q, o, oq)
			e.withHeadNoun(oq)
			e.withWordFamily(oq)
			e.withoutAspectual(oq)
		}
		if len(oq.subjects) == 0 && e.namesPersonKind(o) {
			// "the ceo or the captain": the people those roles describe
			if holders, _ := e.roleHolders(oq); len(holders) == 1 {
				oq.subjects = holders
			}
		}
		opts[i] = option{text: o, q: oq}
	}
	if _, against, more, ok := tallySide(strings.ToLower(q.raw)); ok {
		return e.compareTallies(opts, against, more)
	}
	switch {
	case base == "old" || base == "young":
		if r, ok := e.compareAges(opts, base == "old"); ok {
			return r, true
		}
		// "mom or dad": alternatives the article names by no person it
		// knows, compared by the ages standing beside them ("The mother,
		// 14-year-old Asha")
		r, sides := e.compareNumbers(q, opts, func(n quantity) bool { return n.kind == qAge }, base == "old")
		return r, sides == 2
	case timeComparatives[q.compare]:
		return e.compareTimes(q, opts, q.compare == "first" || q.compare == "earlier")
	case q.compare == "won" || q.compare == "win" || q.compare == "wins" || q.compare == "ahead" || q.compare == "better":
		return e.firstNamed(q, opts)
	}
	var partial reply
	for _, fits := range e.figuresOf(q, base) {
		r, sides := e.compareNumbers(q, opts, fits, !e.lesser(q.compare))
		if sides == 2 {
			return r, true
		}
		if sides == 1 && !partial.found {
			partial = r
		}
	}
	return partial, partial.found
}

// figuresOf says which numbers measure what a comparative grades, best
// first: a dimension adjective's units ("closer": miles), an amount of
// money for an adjective of price ("pricier"), a share for a question
// about shares, else a count or an amount. The adjectives of size grade
// amounts and counts as well as their units ("a big contract", "a large
// crowd").
func (e *Engine) figuresOf(q *query, base string) []func(quantity) bool {
	anyAmount := func(n quantity) bool { return n.kind == qCount || n.kind == qMoney }
	money := func(n quantity) bool { return n.kind == qMoney }
	count := func(n quantity) bool { return n.kind == qCount }
	switch {
	case shareRe.MatchString(q.raw):
		return []func(quantity) bool{func(n quantity) bool { return n.kind == qPercent }}
	case measureDimensions[base] != nil && amountSizes[base]:
		return []func(quantity) bool{func(n quantity) bool { return n.kind == qCount && fitsMeasure(base, n.unit) }, anyAmount, money, count}
	case measureDimensions[base] != nil:
		return []func(quantity) bool{func(n quantity) bool { return n.kind == qCount && fitsMeasure(base, n.unit) }}
	case e.moneyAdjective(base):
		return []func(quantity) bool{money}
	}
	return []func(quantity) bool{anyAmount, money, count}
}

// amountSizes are the dimension adjectives that also grade amounts and
// counts: "a big contract", "a large crowd", "a high price" (Quirk et al.,
// §7.83 on big, large and small as general size adjectives).
var amountSizes = set("big", "large", "small", "high", "low", "great", "little")

// namesPersonKind reports whether an alternative's head, its last word,
// is a noun for a kind of person ("the ceo", not "the ferry").
func (e *Engine) namesPersonKind(o string) bool {
	w := strings.Fields(o)
	return len(w) > 0 && (e.noLex || e.personNoun(singular(w[len(w)-1])))
}

// agedSubject is the person "how old is <description>" is about: the one
// the description resolves to, else the owner of the age in the sentence
// that best holds the description ("the retired weather guy": "Gary
// Tibbets, 67, a retired television meteorologist"), or -1.
func (e *Engine) agedSubject(description string) int {
	aq := e.understand("how old is "+description, nil)
	if len(aq.subjects) > 0 {
		return aq.subjects[0]
	}
	if len(aq.terms) == 0 {
		return -1
	}
	aged := func(s *sentence) bool {
		for _, n := range s.nums {
			if n.kind == qAge && e.ownerOf(s, n.tok) >= 0 {
				return true
			}
		}
		return false
	}
	c, ok := e.best(aq, aged)
	if !ok {
		return -1
	}
	s := &e.r.sents[c.s]
	for _, n := range s.nums {
		if x := e.ownerOf(s, n.tok); n.kind == qAge && x >= 0 {
			return x
		}
	}
	return -1
}

// compareAges compares the ages the article gives two people.
func (e *Engine) compareAges(opts []option, older bool) (reply, bool) {
	ages := make([]float64, len(opts))
	var used []*sentence
	for i, o := range opts {
		if len(o.q.subjects) == 0 {
			return reply{}, false
		}
		n, s, ok := e.ageOf(o.q.subjects[0])
		if !ok {
			return reply{}, false
		}
		ages[i] = n.value
		used = append(used, s)
	}
	win := 0
	if (ages[1] > ages[0]) == older {
		win = 1
	}
	name := func(i int) string { return e.a.Entities[opts[i].q.subjects[0]].Name }
	head := fmt.Sprintf("%s is %s: %g, to %s's %g.", name(win), map[bool]string{true: "older", false: "younger"}[older], ages[win], name(1-win), ages[1-win])
	return reply{found: true, head: head, used: used, chosen: win + 1}, true
}

// compareNumbers compares the numbers that fit which the article gives
// each alternative, and says how many of the two sides have one: both
// when they are of one kind and unit (a sum of money is not compared with
// a count), one when the other side has none, which the reply says.
func (e *Engine) compareNumbers(q *query, opts []option, fits func(quantity) bool, more bool) (reply, int) {
	vals := make([]quantity, len(opts))
	used := make([]*sentence, len(opts))
	pred := choicePredicate(q, opts)
	for i, o := range opts {
		vals[i], used[i], _ = e.numberFor(o, fits, pred)
	}
	if used[0] == used[1] && used[0] != nil && vals[0].tok == vals[1].tok {
		// one figure found for both: it is the figure of the side its
		// sentence names, and the other side has none
		used[e.unnamedSide(used[0], opts)] = nil
	}
	switch {
	case used[0] == nil && used[1] == nil:
		return reply{}, 0
	case used[0] == nil || used[1] == nil:
		k := 0
		if used[0] == nil {
			k = 1
		}
		head := fmt.Sprintf("%s: %s. The article gives no such figure for %s.", capitalise(e.optionName(opts[k])), vals[k].text, e.optionName(opts[1-k]))
		return reply{found: true, head: head, used: []*sentence{used[k]}}, 1
	case vals[0].kind != vals[1].kind || vals[0].kind == qCount && vals[0].unit != "" && vals[1].unit != "" && vals[0].unit != vals[1].unit:
		return reply{}, 0 // not figures of one measure
	}
	win := 0
	if (vals[1].value > vals[0].value) == more {
		win = 1
	}
	winner := capitalise(e.optionName(opts[win]))
	if e.baseOf(q.compare) != q.compare {
		winner += " is " + q.compare // "St. Brendan is closer"
	}
	head := fmt.Sprintf("%s: %s, to %s for %s.", winner, vals[win].text, vals[1-win].text, e.optionName(opts[1-win]))
	if used[0] == used[1] {
		used = used[:1] // one sentence gives both figures
	}
	return reply{found: true, head: head, used: used, chosen: win + 1}, 2
}

// unnamedSide is the alternative s names later or not at all (1 when it
// names neither).
func (e *Engine) unnamedSide(s *sentence, opts []option) int {
	a, b := e.optionAt(s, opts[0]), e.optionAt(s, opts[1])
	if a >= 0 && (b < 0 || a <= b) {
		return 1
	}
	if b >= 0 {
		return 0
	}
	return 1
}

// numberFor finds the first number that fits after an alternative is
// named: first in a sentence that holds every word of its description,
// as a premodifier restricts the noun to the one it means ("the old
// tower" is not "the new tower"; Quirk et al., §17.3 on restrictive
// modification), then in any sentence naming it.
func (e *Engine) numberFor(o option, fits func(quantity) bool, pred []term) (quantity, *sentence, bool) {
	cs := e.rank(o.q, nil)
	whole := func(s *sentence) bool {
		for _, t := range o.q.terms {
			if t.weight > 0 && !s.hasTerm(t) {
				return false
			}
		}
		return len(o.q.terms) > 1
	}
	for _, wholeOnly := range []bool{true, false} {
		for _, c := range cs {
			s := &e.r.sents[c.s]
			if c.subjects == 0 && len(o.q.subjects) > 0 || wholeOnly && !whole(s) {
				continue
			}
			at := e.optionAt(s, o)
			if at < 0 {
				continue // a sentence that does not name the alternative gives no figure of it
			}
			if n, ok := nearestNumber(s, choicePredicateAt(s, at, pred), fits); ok {
				return n, s, true
			}
		}
	}
	return quantity{}, nil, false
}

// choicePredicate is what a choice asks of its alternatives: the
// question's words outside them ("which holds more, …": holds).
func choicePredicate(q *query, opts []option) []term {
	var out []term
	for _, t := range q.terms {
		inOption := false
		for _, o := range opts {
			inOption = inOption || slices.ContainsFunc(o.q.terms, func(u term) bool { return u.stem == t.stem })
		}
		if !inOption && t.weight > 0 {
			out = append(out, t)
		}
	}
	return out
}

// choicePredicateAt is where the figure of an alternative named at token at
// of s is sought: at the first word of the question's predicate after it
// in its own clause ("The new tower stands 165 feet tall and holds
// 500,000 gallons": what it holds is the figure after "holds"), else at
// the alternative itself. A clause's figures are its verb's complements
// (Quirk et al., §10.2 on clause elements).
func choicePredicateAt(s *sentence, at int, pred []term) int {
	for k := at + 1; k < len(s.toks); k++ {
		if clauseBetween(s, at, k) {
			break
		}
		for _, t := range pred {
			if t.matches(s.toks[k]) {
				return k
			}
		}
	}
	return at
}

// nearestNumber is the number that fits nearest token at of s, after it
// or before it ("58 miles" after "St. Brendan's", "$1.1 billion" before
// "satellite"), in the alternative's own clause first: a figure across
// ", and" or ", but" belongs to the coordinate clause there ("Kito
// weighs about 2,900 pounds, and Asha weighs about 2,600"; Quirk et al.,
// §13.5 on coordinated clauses).
func nearestNumber(s *sentence, at int, fits func(quantity) bool) (quantity, bool) {
	best, bestD := quantity{}, -1
	for _, n := range s.nums {
		if !fits(n) {
			continue
		}
		d := n.tok - at
		if n.tok < at {
			d = at - n.end + 1
		}
		if clauseBetween(s, min(at, n.tok), max(at, n.tok)) {
			d += len(s.toks)
		}
		if bestD < 0 || d < bestD {
			best, bestD = n, d
		}
	}
	return best, bestD >= 0
}

// clauseBetween reports whether a comma and a coordinating conjunction
// ("and", "but") stand between tokens i and j of s: the boundary of two
// coordinated clauses.
func clauseBetween(s *sentence, i, j int) bool {
	for k := i + 1; k < j && k < len(s.toks); k++ {
		if w := s.toks[k].lower; (w == "and" || w == "but") && strings.HasSuffix(strings.TrimSpace(s.text[:s.toks[k].start]), ",") {
			return true
		}
	}
	return false
}

// optionName is how an alternative is named in the answer.
func (e *Engine) optionName(o option) string {
	if len(o.q.subjects) > 0 {
		return e.a.Entities[o.q.subjects[0]].Name
	}
	return o.text
}

// firstNamed answers "who won, X or Y?": in the sentence that best holds
// the question and both alternatives, the one named first, as English
// news names the winner as the subject of the verb.
func (e *Engine) firstNamed(q *query, opts []option) (reply, bool) {
	for _, c := range e.rank(q, nil) {
		s := &e.r.sents[c.s]
		a, b := e.optionAt(s, opts[0]), e.optionAt(s, opts[1])
		if a < 0 || b < 0 {
			continue
		}
		win := 0
		if b < a {
			win = 1
		}
		return reply{found: true, head: capitalise(e.optionName(opts[win])) + ".", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// optionAt is the first token of s that names the alternative, or -1.
func (e *Engine) optionAt(s *sentence, o option) int {
	for _, x := range o.q.subjects {
		if contains(s.named, x) {
			return e.position(s, x)
		}
	}
	for i, t := range s.toks {
		for _, w := range o.q.terms {
			if stemsMeet(t.stem, w.stem) {
				return i
			}
		}
	}
	for i, t := range s.toks {
		for _, w := range o.q.terms {
			if w.matches(t) {
				return i // "mom": the article's word for it, "mother"
			}
		}
	}
	return -1
}

// compareTimes answers which of two things came first, by the time
// expressions of the sentences that hold them.
func (e *Engine) compareTimes(q *query, opts []option, first bool) (reply, bool) {
	vals, whens, used, ok := e.placeInTime(opts)
	if ok && vals[0] == vals[1] && used[0] == used[1] {
		// one time dates both: the one told after it in sequence is later
		vals, whens, used, ok = e.toldInSequence(opts, vals, whens, used)
	}
	if !ok || vals[0] == vals[1] {
		return reply{}, false
	}
	win := 0
	if (vals[1] < vals[0]) == first {
		win = 1
	}
	if used[0] == used[1] {
		used = used[:1] // one sentence dates both
	}
	head := fmt.Sprintf("%s came first (%s), then %s (%s).", capitalise(opts[win].text), whens[win], opts[1-win].text, whens[1-win])
	if !first {
		head = fmt.Sprintf("%s came later (%s), after %s (%s).", capitalise(opts[win].text), whens[win], opts[1-win].text, whens[1-win])
	}
	return reply{found: true, head: head, used: used, chosen: win + 1}, true
}

// timeOf places the time expression of s nearest the matched words on one
// scale: days relative to publication for relative times, the minute for
// a match's minutes, the year for years.
func (e *Engine) timeOf(s *sentence, matched []int) (float64, string, bool) {
	return e.timeAmong(s, s.times, matched)
}

// timeAmong is timeOf over the given spans of s only.
func (e *Engine) timeAmong(s *sentence, spans [][]int, matched []int) (float64, string, bool) {
	best, bestD := "", 1<<30
	for _, sp := range spans {
		d := 1 << 29
		for _, m := range matched {
			d = min(d, abs(s.toks[m].start-sp[0]))
		}
		if d < bestD {
			best, bestD = s.text[sp[0]:sp[1]], d
		}
	}
	v, ok := timeValue(best)
	if !ok {
		v, ok = afterNow(s, best)
	}
	if !strings.HasSuffix(best, ".m.") {
		best = strings.TrimSuffix(best, ".") // the sentence's period, not the one of "p.m."
	}
	return v, best, ok
}

// afterNowRe is "N units after" an event.
var afterNowRe = lazyRE(`^(\w+|\d+)\s+(days|weeks|months|years)\s+after\b`)

// afterNow places the event of "The closure comes three years after union
// members approved a contract": a main clause in the simple present
// ("comes", "is") tells of the present of the report (Quirk et al. 4.6,
// the instantaneous present), so the event N units before it is N units
// ago. false when the verb before the phrase is not such a present.
func afterNow(s *sentence, phrase string) (float64, bool) {
	m := afterNowRe.FindStringSubmatch(strings.ToLower(phrase))
	at := strings.Index(s.text, phrase)
	if m == nil || at < 0 {
		return 0, false
	}
	before := tokenize(s.text[:at])
	if len(before) == 0 {
		return 0, false
	}
	v := before[len(before)-1].lower
	if present := v == "is" || len(v) >= 4 && strings.HasSuffix(v, "s") && !strings.HasSuffix(v, "ss"); !present {
		return 0, false // the third person singular present: "is", "comes", "marks"
	}
	n, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		n = spelledCount(m[1])
	}
	if n == 0 {
		return 0, false
	}
	return -n * relativeDays[m[2]], true
}

// relativeDays are the spans of relative time expressions, in days.
var relativeDays = map[string]float64{"week": 7, "month": 30, "year": 365, "day": 1, "days": 1,
	"weeks": 7, "months": 30, "years": 365, "decade": 3650, "decades": 3650, "minutes": 1.0 / 1440, "hours": 1.0 / 24}

// spelledCount is the number a word before a unit of time stands for:
// a number word, 1 for the article ("a year ago"), and the vague
// quantifiers at their usual reading ("a few", "a couple of", "several").
func spelledCount(w string) float64 {
	switch w {
	case "a", "an":
		return 1
	case "of":
		return 2 // "a couple of"
	case "few":
		return 3
	case "several":
		return 4
	}
	return numberWords[w]
}

// timeValue places a time expression on a common scale.
func timeValue(w string) (float64, bool) {
	l := strings.ToLower(w)
	f := strings.Fields(l)
	if len(f) == 0 {
		return 0, false
	}
	if m := countdownRe.FindStringSubmatch(l); m != nil {
		// the game clock counts down: more time left is earlier
		n, err := strconv.ParseFloat(m[1], 64)
		if err != nil {
			n = numberWords[m[1]]
		}
		if strings.HasPrefix(m[2], "minute") {
			n *= 60
		}
		return -n / 86400, true
	}
	if m := ordinalRe.FindStringSubmatch(l); m != nil {
		v, _ := strconv.ParseFloat(m[1], 64)
		return v, true
	}
	for i, x := range f {
		switch x {
		case "last", "earlier":
			if i+1 < len(f) {
				return -relativeDays[f[i+1]], true
			}
		case "next":
			if i+1 < len(f) {
				return relativeDays[f[i+1]], true
			}
		case "ago":
			if i < 2 {
				break
			}
			n, err := strconv.ParseFloat(f[i-2], 64)
			if err != nil {
				n = spelledCount(f[i-2]) // "two years ago", as AP style spells numbers under ten
			}
			return -n * relativeDays[f[i-1]], true
		case "yesterday":
			return -1, true
		case "today", "tonight":
			return 0, true
		}
	}
	if m := yearRe.FindString(l); m != "" {
		v, _ := strconv.ParseFloat(m, 64)
		return (v - 2100) * 365, true
	}
	return 0, false
}

// timeComparatives are the comparatives that order alternatives in time.
var timeComparatives = set("first", "earlier", "later", "last")

var (
	lessRe    = lazyRE(`less|fewer|smaller|lower|least|shorter`)
	shareRe   = lazyRE(`share|percent|vote|%`)
	ordinalRe = lazyRE(`(\d+)(?:st|nd|rd|th)`)
	// countdownRe is the time left on a game clock: "with 19 seconds left"
	countdownRe = lazyRE(`with\s+(\d+(?:\.\d+)?|\w+)\s+(seconds?|minutes?)\s+(?:left|remaining|to\s+play|to\s+go)`)
	yearRe      = lazyRE(`(19|20)\d{2}`)
)

// order answers "did A happen before or after B": each event is found on
// its own and the two are placed by the article's timeline.
func (e *Engine) order(q *query) (reply, bool) {
	l := strings.ToLower(q.raw)
	i := strings.Index(l, " before or after ")
	if i < 0 {
		i = strings.Index(l, " after or before ")
	}
	if i < 0 {
		return reply{}, false
	}
	a := strings.TrimSpace(l[:i])
	b := strings.Trim(l[i+len(" before or after "):], " ?.!")
	for _, w := range []string{"did ", "was ", "were ", "is ", "has ", "had ", "does "} {
		a = strings.TrimPrefix(a, w)
	}
	opts := []option{{text: a, q: e.understand(a, nil)}, {text: b, q: e.understand(b, nil)}}
	for _, o := range opts {
		o.q.typ = tPassage
		e.withHeadNoun(o.q)
		e.withWordFamily(o.q)
		e.withoutAspectual(o.q)
	}
	ranks, whens, used, ok := e.placeInTime(opts)
	if !ok || ranks[0] == ranks[1] || used[0] == used[1] {
		if win, s, ok := e.connectiveOrder(opts); ok {
			verdict := "Before"
			if win == 1 {
				verdict = "After"
			}
			head := fmt.Sprintf("%s: %s, %s %s.", verdict, a, strings.ToLower(verdict), b)
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	if !ok || ranks[0] == ranks[1] {
		return reply{}, false
	}
	if sameMonthOpen(whens[0], whens[1]) {
		head := fmt.Sprintf("The article doesn't say which came first: both were in the same month, %s (%s) and %s (%s).", a, whens[0], b, whens[1])
		return reply{found: true, head: head, used: used}, true
	}
	verdict := "Before"
	if ranks[0] > ranks[1] {
		verdict = "After"
	}
	head := fmt.Sprintf("%s: %s (%s), %s %s (%s).", verdict, a, whens[0], strings.ToLower(verdict), b, whens[1])
	return reply{found: true, head: head, used: used}, true
}

// placeInTime finds each alternative's sentence and places its time
// expression: by the article's own timeline when both are on it, else on
// the scale of timeValue.
func (e *Engine) placeInTime(opts []option) ([]float64, []string, []*sentence, bool) {
	vals := make([]float64, len(opts))
	evs := make([]int, len(opts))
	whens := make([]string, len(opts))
	var used []*sentence
	dated := func(s *sentence) bool { return e.datedBy(e.indexOf(s)) != nil }
	unplaced := false
	for i, o := range opts {
		s, matched, ok := e.occasionOf(o, dated)
		if !ok {
			s, matched, ok = e.actorsOccasion(opts, i, dated)
		}
		if !ok {
			return nil, nil, nil, false
		}
		spans := e.eventTimesOf(s, matched)
		if len(spans) == 0 {
			spans = s.times
		}
		v, w, ok := e.timeAmong(s, spans, matched)
		if !ok && e.eventIndex(s, w) < 0 {
			unplaced = true
		}
		vals[i], whens[i], evs[i] = v, w, e.eventIndex(s, w)
		used = append(used, s)
	}
	if unplaced {
		return toldInOneSentence(used, whens)
	}
	if evs[0] >= 0 && evs[1] >= 0 {
		return []float64{float64(evs[0]), float64(evs[1])}, whens, used, true
	}
	return vals, whens, used, true
}

// occasionOf finds the sentence that dates an alternative and the tokens
// to look for its time beside: the person's Nth occasion when the
// alternative counts one (nthOccasion), else the lead when it tells it
// (leadOccasion), else the best dated sentence.
func (e *Engine) occasionOf(o option, dated func(*sentence) bool) (*sentence, []int, bool) {
	if s, at, ok := e.nthOccasion(o); ok {
		return s, at, true
	}
	if s, at, ok := e.leadOccasion(o); ok {
		return s, at, true
	}
	c, ok := e.best(o.q, func(s *sentence) bool { return dated(s) && e.datesOwnEvent(o.q, s) })
	if !ok {
		return nil, nil, false
	}
	s := &e.r.sents[c.s]
	if d := e.datedBy(c.s); d != s {
		// "That afternoon, the office invoked the act": the time is the
		// last one the paragraph gave before
		return d, []int{len(d.toks) - 1}, true
	}
	return s, c.matched, true
}

// datedBy is the sentence whose time expression dates sentence i: i
// itself when it has one, else the nearest before it in its paragraph, as
// a news paragraph keeps the time it last named; nil when there is none.
func (e *Engine) datedBy(i int) *sentence {
	for s := &e.r.sents[i]; s != nil; s = e.previous(e.indexOf(s)) {
		if len(s.times) > 0 {
			return s
		}
	}
	return nil
}

// eventIndex is the place on the article's timeline of the event dated by
// phrase in sentence s, or -1.
func (e *Engine) eventIndex(s *sentence, phrase string) int {
	p := strings.ToLower(phrase)
	for i, ev := range e.a.Events {
		if !strings.Contains(p, strings.ToLower(ev.When)) && !strings.Contains(strings.ToLower(ev.When), p) {
			continue
		}
		for _, c := range ev.Citations {
			if c.Paragraph == s.para && (strings.Contains(s.text, c.Text) || strings.Contains(c.Text, s.text)) {
				return i
			}
		}
	}
	return -1
}

// sequenceOpeners open a sentence that tells an event after the one
// before it: the temporal connectives of sequence (Quirk et al., A
// Comprehensive Grammar, 8.137–8.139: "then", "later", "afterwards",
// "next"; the prepositional "after a timeout").
var sequenceOpeners = set("after", "then", "later", "afterward", "afterwards", "next", "moments", "seconds", "minutes")

// toldInSequence orders two alternatives the same time expression dates:
// when one's own sentence has no time, stands after the dating sentence in
// its paragraph and opens with a connective of sequence ("Pryor tied the
// game with 41 seconds to play. After a timeout, Whitaker … made the 3"),
// it is the later. A news narrative tells a sequence in order, and the
// connective says so.
func (e *Engine) toldInSequence(opts []option, vals []float64, whens []string, used []*sentence) ([]float64, []string, []*sentence, bool) {
	later := -1
	var told *sentence
	for i, o := range opts {
		c, ok := e.best(o.q, func(s *sentence) bool { return e.datedBy(e.indexOf(s)) != nil })
		if !ok {
			continue
		}
		s := &e.r.sents[c.s]
		if len(s.times) == 0 && len(s.toks) > 0 && sequenceOpeners[s.toks[0].lower] {
			if later >= 0 {
				return vals, whens, used, false
			}
			later, told = i, s
		}
	}
	if later < 0 {
		return vals, whens, used, false
	}
	vals = []float64{vals[0], vals[1]}
	whens = []string{whens[0], whens[1]}
	used = []*sentence{used[0], used[1]}
	vals[later] += 1e-9
	whens[later] = "after that"
	used[later] = told
	return vals, whens, used, true
}

// toldInOneSentence places two alternatives dated by different time
// expressions of one sentence, when a scale cannot ("early Tuesday, and
// barricades went up at 6 p.m."): clauses joined in one sentence tell
// events in the order they happened unless a connective says otherwise
// (Quirk et al. 1985, §13.23: "and" in the sense "and then"; the
// iconicity of narrative order), so each is placed by where its time
// stands. The two must be one sentence, with neither "before" nor "after"
// reordering it.
func toldInOneSentence(used []*sentence, whens []string) ([]float64, []string, []*sentence, bool) {
	if len(used) != 2 || used[0] != used[1] || whens[0] == "" || whens[1] == "" || whens[0] == whens[1] {
		return nil, nil, nil, false
	}
	text := used[0].text
	l := strings.ToLower(text)
	if strings.Contains(l, " before ") || strings.Contains(l, " after ") || strings.Contains(l, " until ") {
		return nil, nil, nil, false
	}
	a, b := strings.Index(text, whens[0]), strings.Index(text, whens[1])
	if a < 0 || b < 0 || a == b {
		return nil, nil, nil, false
	}
	return []float64{float64(a), float64(b)}, whens, used, true
}
