package lookup

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"storybot/knowledge"
)

// Numbers as answers (part of stage 4): "how many", "how much", "what
// percentage", the score, ages, and counts of a list's items.

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
	r, ok := e.quantityOfKind(q)
	if ok && r.found {
		return r, ok
	}
	if c := e.marginInVotes(q); c != q {
		if r2, ok2 := e.amountOf(c); ok2 && r2.found {
			return r2, true // "what was the margin": no tally "34-16" but "won by 41 votes"
		}
	}
	if c := e.marginAsPercent(q); c != q {
		if r2, ok2 := e.quantityOfKind(c); ok2 && r2.found {
			return r2, true // "whats the gross margin": no tally but "narrowed to 38.4%" (marginpercent.go)
		}
	}
	return r, ok
}

// quantityOfKind is quantityOf for the kinds of number the type accepts.
func (e *Engine) quantityOfKind(q *query) (reply, bool) {
	if r, ok, done := e.framedQuantity(q); done {
		return r, ok
	}
	if r, ok := e.appositivePopulation(q); ok {
		return r, true // "how many people live in Delmont": "Delmont, a city of about 54,000"
	}
	if e.populationQuestion(q) {
		return e.populationOf(q) // "how many people live in X": the city of about 41,000
	}
	q = e.agentNouns(q)
	q = e.agentCount(q) // "how many bid": "Seven bidders competed"
	if c, ok := e.patientsAsAgents(q); ok {
		q = c // "how many people work there": "employs about 4,500 people" (patientagent.go)
	} else {
		q = e.agentPeople(q) // "how many people bid": "Seven bidders", not "240 people attended"
	}
	q = e.actNounPeople(q)     // "how many people signed": "gathered 4,800 signatures" (actnounpeople.go)
	q = e.resultNounCount(q)   // "how many books were submitted": "from 312 submissions" (resultnouncount.go)
	q = e.membersByNoun(q)     // "how many members does the union have": "represents about 34,000 teachers" (askedmembers.go)
	q = e.aboardCount(q)       // "how many people were on board": "carrying 131 passengers and five crew members" (aboardcount.go)
	q = e.peopleByKind(q)      // "how many people were evacuated": "the evacuation of about 200 employees" (peoplebykind.go)
	q = e.collectiveMembers(q) // "how many police": "Eighteen officers", police officers (membercount.go)
	kinds := e.kindsAsked(q)
	for _, f := range q.focus {
		if q.typ == tCount && e.unknownPossessive(q, f) {
			continue // "how many countries' ambassadors": counted by the ambassadors
		}
		if !e.focusKnown(q, f) {
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
	if r, ok := e.additionalAmount(q, kinds); ok {
		return r, true // "how much more snow": "another 4 to 6 inches" (additionalamount.go)
	}
	acts := e.actsOf(q)
	cands := e.rank(q, has)
	if len(cands) > 9 {
		cands = cands[:9]
	}
	own, earlier := e.splitEarlierOccasions(q, cands)
	best, share := e.bestNumbers(q, own, kinds, acts)
	if best == nil && share == nil {
		best, share = e.bestNumbers(q, earlier, kinds, acts) // "the region last suffered a major quake": only when the story's own holds no figure
	}
	if share != nil && (best == nil || e.elidedBelow(best, share) || !stemsMeet(e.countedNoun(best), share.n.unit) && !e.restOfShare(q, best, share) && !askedNounBeforeShare(q, best, share)) {
		best = share // "412,000 of its customers" when no count is of them all
	}
	if r, ok := e.countedShare(q, best); ok {
		return r, true // "how many deaths had fentanyl": "81% of the deaths"
	}
	if q.typ == tCount && best != nil && e.unitMatch(best.n, q.counted()) <= 0 {
		if r, ok := e.distributiveCount(q); ok {
			return r, true // "how many homes were lost": "12 residents lost their homes", not "35 families" (distributivecount.go)
		}
	}
	if best == nil {
		if q.typ == tCount {
			return e.countWithoutNumber(q)
		}
		return reply{}, false
	}
	if r, ok := e.laterLevel(q, best); ok {
		return r, true // "how many are still without power": "that had fallen to about 6,000" (laterlevel.go)
	}
	return e.numberReply(q, best), true
}

// bestNumbers is the best-scoring number of cands that answers q
// (scoreNumber), and apart from it the best share of a whole its
// subject owns ("412,000 of its customers"); either is nil when none is.
func (e *Engine) bestNumbers(q *query, cands []candidate, kinds []quantityKind, acts actWords) (best, share *numberPick) {
	for _, c := range cands {
		if len(q.subjects) > 0 && c.subjects == 0 {
			continue
		}
		s := &e.r.sents[c.s]
		if e.unheldCountedModifier(q, s) {
			continue // "how many carrot packets" of "212 packets": all packets (countedmodifier.go)
		}
		for _, n := range s.nums {
			p, ok := e.scoreNumber(q, c, s, n, kinds, acts)
			switch {
			case !ok:
			case len(q.subjects) == 0 && e.ownedShare(q, s, n):
				if share == nil || p.score > share.score {
					share = &p
				}
			case best == nil || p.score > best.score:
				best = &p
			}
		}
	}
	return best, share
}

// numberReply is the answer of the chosen number: the number with its
// change or its earlier figure, or the group a breakdown's part belongs
// to when the article states it.
func (e *Engine) numberReply(q *query, best *numberPick) reply {
	s := &e.r.sents[best.c.s]
	if r, ok := e.wholeOfParts(q, s, best.n); ok && q.typ == tCount {
		return r // "280 workers …, and the remaining 360": the 640 jobs the article states
	}
	if r, ok := coordinatedSum(q, s, best.n); ok && q.typ == tCount {
		return r // "two counts of bribery and one count of lying": three counts
	}
	if r, ok := e.kindsSum(q, s, best.n); ok {
		return r // "142 passengers and six crew members": 148 people (kindcount.go)
	}
	n := best.n
	if s.part == "title" {
		s, n = e.bodyFigure(s, n)
	}
	head := compoundCountWords(q, durationWords(q, e.particleFreeCount(s, n, changeOf(s, n)))) // "rolled over 38 times": 38 times (particlebound.go)
	if m, ok := coordinatedMeasure(s, n); ok {
		head = durationWords(q, m.text) + ", " + head // "the 2-hour, 51-minute match": 2 hours, 51 minutes
	}
	if p := ratePeriodWords(q, s, n); p != "" {
		head += " " + p // "how fast was it climbing": about 2 inches an hour (timerate.go)
	}
	if s.toks[n.tok].lower == "both" {
		head = "two: " + head // "both injured firefighters" (bothCount)
	}
	if q.typ == tCount {
		head = e.sharedHeadCount(s, n, head) // "more than 70 parents and teachers"
		if m, ok := elidedHead(s, n); ok && n.value > 1 && m.noun != "" && head == n.text {
			head += " " + m.noun // "four stores in Cincinnati, three in Columbus": three stores (elidedhead.go)
		}
	}
	return reply{found: true, head: capitalise(closedQuote(head)) + ".", used: []*sentence{s}} // `1,200 "cool rooms"` (closedquote.go)
}

// sharedHeadCount is head with the plural noun coordinated with n's
// counted noun added, when nothing determines that noun ("more than 70
// parents and teachers spoke"): a numeral before coordinated plural
// heads scopes over both (Quirk et al. 1985, §13.68 on coordinated
// noun heads sharing a determiner), so the count is of the two together;
// a noun with its own numeral or determiner ("142 passengers and six crew
// members") is counted apart.
func (e *Engine) sharedHeadCount(s *sentence, n quantity, head string) string {
	k := n.end
	if n.kind != qCount || n.unit == "" || k+1 >= len(s.toks) || k == n.tok+1 && strings.Contains(s.toks[n.tok].lower, "-") {
		return head
	}
	j := k + 1
	if m := j + 1; m < len(s.toks) && !plural(s.toks[j].lower) && plural(s.toks[m].lower) && !s.toks[m].cap && e.isNoun(s.toks[m]) && !punctuatedBetween(s.text, s.toks, m) {
		j = m // "residents and business owners": one noun premodifies the second head
	}
	c, t := s.toks[k], s.toks[j]
	if c.lower != "and" && c.lower != "or" || punctuatedBetween(s.text, s.toks, k) || s.toks[k+1].cap || !plural(t.lower) || !e.isNoun(t) || stopWords[s.toks[k+1].lower] || determiners[s.toks[k+1].lower] || opensNumber(s.toks[k+1]) {
		return head
	}
	if j+1 < len(s.toks) && !punctuatedBetween(s.text, s.toks, j+1) && e.isNoun(s.toks[j+1]) && !e.canBe(s.toks[j+1].lower, "verb") {
		return head // "70 parents and school board members": the second head is further on
	}
	if e.coordinatedPredicate(s, j) {
		return head // "employs 14 people and buys flour": a second verb with its object, no second head
	}
	last := s.text[s.toks[k-1].start:s.toks[k-1].end]
	if !strings.HasSuffix(head, last) {
		return head
	}
	return head + s.text[s.toks[k-1].end:t.end]
}

// coordinatedPredicate reports whether token j of s, after "and", is a
// verb in -s with its object right after it, a determiner, a number or
// a noun in lower case, and not a plural noun head: "employs 14 people and buys
// flour from three mills" coordinates two predicates (Quirk et al. 1985,
// §13.62 on coordinated predicates), where "70 parents and teachers
// spoke" coordinates two heads, the verb coming after the second.
func (e *Engine) coordinatedPredicate(s *sentence, j int) bool {
	if j+1 >= len(s.toks) || j == 0 || s.toks[j-1].lower != "and" || punctuatedBetween(s.text, s.toks, j+1) || !e.canBe(s.toks[j].lower, "verb") {
		return false
	}
	next := s.toks[j+1]
	if next.cap || stopWords[next.lower] && !determiners[next.lower] || strings.HasSuffix(next.lower, "ing") {
		return false
	}
	return determiners[next.lower] || opensNumber(next) || e.isNoun(next)
}

// opensNumber reports whether t is a number, in figures or words.
func opensNumber(t token) bool {
	_, _, ok := numberValue(t)
	return ok || isNumeric(t)
}

// coordinatedMeasure is the measure compound that stands before compound
// n with only a comma between, the two measuring one noun in two units
// ("the 2-hour, 51-minute match": coordinate adjectives take a comma, AP
// Stylebook, "comma"); ok is false when there is none.
func coordinatedMeasure(s *sentence, n quantity) (quantity, bool) {
	if !measureCompound(s, n) {
		return quantity{}, false
	}
	for _, m := range s.nums {
		if m.end == n.tok && measureCompound(s, m) && strings.TrimSpace(s.text[s.toks[m.end-1].end:s.toks[n.tok].start]) == "," {
			return m, true
		}
	}
	return quantity{}, false
}

// bodyFigure is the body sentence that states figure n of the headline
// s, and the figure there: the first with a number of the same kind and
// value. A headline condenses the lead in a few words (AP Stylebook,
// "headlines"), so the body gives the figure with what it counts in full
// ("about 212,000 current and former students"); s and n themselves when
// no body sentence does.
func (e *Engine) bodyFigure(s *sentence, n quantity) (*sentence, quantity) {
	if b, m, ok := e.bodyStating(n, nil); ok {
		return b, m
	}
	if b, m, ok := e.bodyPercentOf(n); ok {
		return b, m // "by nearly a third": the study's 31%
	}
	if b, m, ok := e.bodyRounded(s, n); ok {
		return b, m // "dozens hurt": "at least 31 others were injured"
	}
	return s, n
}

// bodyRounded is the first body sentence that gives the exact figure a
// vague figure n of headline s rounds, and that figure: a plural of a
// numeral noun counts by that noun ("dozens" is at least two dozen:
// Quirk et al., §6.64 on numeral nouns, "dozens of", "hundreds of"), and
// the body gives the count the headline rounds with the headline's word
// for what it counts, or a synonym, beside it ("dozens hurt": "at least
// 31 others were injured").
func (e *Engine) bodyRounded(s *sentence, n quantity) (*sentence, quantity, bool) {
	w := s.toks[n.tok].lower
	unit, ok := scaleWords[singular(w)]
	if !ok || w == singular(w) || n.end <= n.tok+1 {
		return nil, quantity{}, false
	}
	said := s.toks[n.end-1]
	words := append([]string{said.stem}, e.synonymsKnown(said.lower)...)
	says := func(t token) bool {
		return slices.ContainsFunc(words, func(st string) bool { return stemsMeet(st, t.stem) })
	}
	for i := range e.r.sents {
		b := &e.r.sents[i]
		if b.part != "" {
			continue
		}
		for _, m := range b.nums {
			if m.kind != n.kind || m.value < 2*unit || m.value >= 100*unit || quoted(b, m) {
				continue
			}
			if slices.ContainsFunc(b.toks[m.tok+1:min(len(b.toks), m.end+3)], says) {
				return b, m, true
			}
		}
	}
	return nil, quantity{}, false
}

// otherMeasure reports whether figures m and n count in units of which
// one is a measure and the other not ("three months" restates no "three
// counties": a span never counts the things a count does), or in a noun
// and the noun in -y that only looks like its form ("three counts",
// yNounPair).
func otherMeasure(m, n quantity) bool {
	if m.unit == "" || n.unit == "" {
		return false
	}
	return (measureOf(m.unit) != "") != (measureOf(n.unit) != "") || yNounPair(m.unit, n.unit)
}

// bodyStating is the first body sentence, among those keep accepts (all
// when keep is nil), with a number of n's kind and value outside
// quotation, and that number. A vague figure ("dozens", "several") has no
// value to match: "dozens hurt" is not the body's "several minutes".
func (e *Engine) bodyStating(n quantity, keep func(*sentence) bool) (*sentence, quantity, bool) {
	if n.value < 0 {
		return nil, quantity{}, false
	}
	for i := range e.r.sents {
		b := &e.r.sents[i]
		if b.part != "" || keep != nil && !keep(b) {
			continue
		}
		for _, m := range b.nums {
			if m.kind == n.kind && m.value == n.value && !quoted(b, m) && !otherMeasure(m, n) {
				return b, m, true
			}
		}
	}
	return nil, quantity{}, false
}

// framedQuantity answers a quantity question whose frame says what it
// measures: an extent adverb, a duration so far, a difference; done
// reports whether the frame was one of these.
func (e *Engine) framedQuantity(q *query) (r reply, ok, done bool) {
	if adv := extentAdverb(q); adv != "" {
		r, ok = e.extentOf(q, adv) // "how far down were they": 15 points down
		return r, ok, true
	}
	if r, ok := e.ongoingSpan(q); ok {
		return r, true, true // "how long has the strike gone on": "entered its seventh day"
	}
	if asksDifference(q) {
		r, ok = e.differenceOf(q) // "how much did she beat the record by": by 38 seconds
		return r, ok, true
	}
	return reply{}, false, false
}

// ownedShare reports whether n counts one owner's share of what it
// counts: a partitive whose whole a possessive determines ("412,000 of
// its customers", "half of the company's workers"), or a count a
// possessive determines ("its 412,000 customers"; Quirk et al., §5.115,
// the genitive as determiner); a compound adjective of measure the
// possessive stands before ("their 18-foot boat") measures the noun it
// premodifies (AP Stylebook, "dimensions") and counts no share. A
// question that names no owner asks about
// them all, which a count of the same noun that is no one's answers
// first; a question that names the owner by a word ("the unit's 14
// nurses" for "how many nurses in the unit") asks that owner's.
func (e *Engine) ownedShare(q *query, s *sentence, n quantity) bool {
	if measureCompound(s, n) && (measureOf(n.unit) != "" || compoundCounted(s.toks[n.tok]) != "") {
		return false // "their 18-foot boat", "its three-berth dock": the compound measures or counts the parts of the noun it premodifies, no share of a whole
	}
	owned := func(t token) bool {
		return possessiveDeterminers[t.lower] || t.poss && !slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) })
	}
	if p := approximatedStart(s.toks, n.tok); p > 0 && owned(s.toks[p-1]) && genitiveTime(s, p-1) == "" {
		return true // "its more than 800 employees": the approximator is the numeral's (approximatedwhole.go)
	}
	for k := n.tok + 1; k+1 < n.end; k++ {
		if s.toks[k].lower == "of" && owned(s.toks[k+1]) {
			return true
		}
	}
	return false
}

// focusKnown reports whether the article knows the counted noun of stem
// f: by a form of it, a synonym, as a dimension, or by counting a kind
// of it ("300 employees" for "how many workers", countsKindOf).
func (e *Engine) focusKnown(q *query, f string) bool {
	if e.r.vocab[f] || e.knownStem(f) || f == "peopl" || f == "person" || q.knownAs(f) || q.solidVerbFocus(f) || isDimension(f) || q.closedFocus(f) || e.framedMoneyFocus(q, f) || e.kindsFocus(q, f) || e.degreeKnown(q, f) {
		return true
	}
	if len(q.focus) == 0 || f != q.focus[len(q.focus)-1] {
		return false
	}
	for i := range e.r.sents {
		for _, n := range e.r.sents[i].nums {
			if e.countsKindOf(q, n) || e.countsClassOf(q, n) {
				return true
			}
		}
	}
	return false
}

// kindsAsked is the kinds of number that can answer q, best first.
func (e *Engine) kindsAsked(q *query) []quantityKind {
	return e.withDegreePercent(q, e.kindsNamed(q)) // "how much bigger": "4.5% larger" (degreefigure.go)
}

// kindsNamed is kindsAsked before a comparison's degree is weighed.
func (e *Engine) kindsNamed(q *query) []quantityKind {
	switch {
	case q.typ == tAmount && e.asksMoney(q) && e.asksChange(q):
		return []quantityKind{qMoney, qPercent} // "how much did sales drop": by $2 million or by half
	case q.typ == tAmount && e.asksMoney(q):
		return e.withNamedPercent(q, []quantityKind{qMoney})
	case q.typ == tCount && gradesSums(q.measure) && (e.asksMoney(q) || q.size() && e.amountNamed(q)):
		return e.withNamedPercent(q, []quantityKind{qMoney}) // "how big is the fee": a sum of money; "how heavy" never is
	case q.typ == tCount && q.size() && e.percentNamed(q):
		return []quantityKind{qPercent} // "how big is the stake": "a 40% stake"
	case q.typ == tAmount && q.measure != "":
		return []quantityKind{qCount} // "how much does it weigh": a measure in units, not money
	}
	return quantityKinds[q.typ]
}

// changeOf is the number as an answer: alone, or with the number it
// changed from or to when the sentence reports a change the way news
// writing does, "from 19 to 11" ("fell from 19 to 11": the count was 19
// and is 11, and neither alone answers "how many"), or "212 babies,
// down from 340", the earlier figure set beside it; or the range it
// opens or closes ("between $800,000 and $1.2 million", "$49 to $79",
// each figure with its sign: figurerange.go).
func changeOf(s *sentence, n quantity) string {
	for k, m := range s.nums {
		if m.tok != n.tok {
			continue
		}
		from, to := -1, -1
		if c, ok := datedChange(s, k); ok {
			return c // "from 412 in 2015 to 196"
		}
		if r, ok := betweenRange(s, k); ok {
			return r // "between $800,000 and $1.2 million"
		}
		switch {
		case k+1 < len(s.nums) && comparedFrom(s, s.nums[k+1]) && s.nums[k+1].kind == n.kind:
			return comparison(s, n, s.nums[k+1])
		case comparedFrom(s, n):
			for j := k - 1; j >= 0; j-- {
				if s.nums[j].kind == n.kind && s.nums[j].unit == n.unit {
					return comparison(s, s.nums[j], n) // "$312 million, or 58 cents a share, in the three months ended Sept. 30, down from $400 million": not the day or the cents
				}
			}
		}
		switch {
		case k+1 < len(s.nums) && tokenBefore(s, n.tok) == "from" && tokenBefore(s, s.nums[k+1].tok) == "to":
			from, to = k, k+1
		case k > 0 && tokenBefore(s, n.tok) == "to" && tokenBefore(s, s.nums[k-1].tok) == "from":
			from, to = k-1, k
		case k > 0 && opensToRange(s, k-1):
			return hedged(s, s.nums[k-1]) + " to " + n.text // "4 to 8 inches": a range, its unit given once
		case opensToRange(s, k):
			return hedged(s, n) + " to " + s.nums[k+1].text // "for $49 to $79": the range, not its floor
		default:
			return hedged(s, n)
		}
		return "from " + s.nums[from].text + " to " + s.nums[to].text
	}
	return hedged(s, n)
}

// comparedFrom reports whether n follows "up from" or "down from", the
// earlier figure news writing sets beside a new one ("212 babies last
// year, down from 340 in 2015").
func comparedFrom(s *sentence, n quantity) bool {
	return n.tok >= 2 && s.toks[n.tok-1].lower == "from" && (s.toks[n.tok-2].lower == "down" || s.toks[n.tok-2].lower == "up")
}

// comparison is the span of s from the new figure, with its hedge, to
// the end of the clause of the earlier one it is set beside, with the
// times each belongs to: "212 babies last year, down from 340 in 2015".
// A clause that runs on past a few words is cut after the earlier
// figure. When more than a few words stand between the new figure's
// phrase and the "up from" or "down from" that sets the earlier one
// beside it, they are the rest of the new figure's clause ("About 6
// percent of the state's kindergartners had an exemption last year, up
// from 4 percent"), which the answer leaves to its citation: the figure,
// then the comparison. A short postmodifier and time stay ("80,000 tons
// of pears this year, down from 95,000 tons last year").
func comparison(s *sentence, now, then quantity) string {
	end := then.end
	for j := then.end; j <= len(s.toks) && j <= then.end+4; j++ {
		if j == len(s.toks) || punctuatedBetween(s.text, s.toks, j) {
			end = j
			break
		}
	}
	if then.tok-2-now.end > 5 && then.tok-2 > now.tok {
		return hedged(s, now) + ", " + strings.TrimRight(s.text[s.toks[then.tok-2].start:s.toks[end-1].end], ",;:.")
	}
	return strings.TrimRight(s.text[s.toks[hedgeStart(s, now)].start:s.toks[end-1].end], ",;:.")
}

// focusBefore reports whether every word of the counted noun phrase
// stands in s before token i.
func (e *Engine) focusBefore(q *query, s *sentence, i int) bool {
	if len(q.focus) == 0 {
		return false
	}
	for _, f := range q.focus {
		found := false
		for _, t := range s.toks[:i] {
			found = found || t.meets(f)
		}
		if !found {
			return false
		}
	}
	return true
}

// tokenBefore is the lower-case token before token i of s, or "".
func tokenBefore(s *sentence, i int) string {
	if i <= 0 || i > len(s.toks) {
		return ""
	}
	return s.toks[i-1].lower
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

// notAsked reports whether number n of s cannot answer q whatever else
// holds: of a kind not asked, given in the question, part of a name,
// identified by the question, a part taken out of the set the question
// describes, a population the question does not ask, or a change
// measured over another base period than the one asked.
func (e *Engine) notAsked(q *query, s *sentence, n quantity, kinds []quantityKind) bool {
	if !kindIn(n.kind, kinds) || e.numberInQuestion(q, n) || e.numbersName(s, n) || identifiedNumber(q, s, n) || e.onlyRestricts(q, s, n) || e.othersRelative(q, s, n) {
		return true
	}
	if otherPeriod(q, s, n) {
		return true // "over the year": not "0.5% from September" (changeperiod.go)
	}
	if keptLevel(s, n) && e.asksChange(q) {
		return true // "how much will rates go up": not the $1 of "will stay at $1" (keptstate.go)
	}
	if e.startBeside(q, s, n) {
		return true // "how many before": 22,100 of "rose to 24,500 from 22,100" (earlierlevel.go)
	}
	if e.otherPart(q, s, n) {
		return true // "how many jobs are being cut": not "the other 190 jobs", the rest of the total (otherpart.go)
	}
	if e.valueInPhrase(q, s, n) {
		return true // "how much would it cost": not the $200,000 of "the owner of a $200,000 home" (prepositionvalue.go)
	}
	if e.besideDegreeFigure(q, s, n) {
		return true // "how much lower was the price": the 9% of "$31 a barrel was 9% lower" (degreefigure.go)
	}
	if sizeBeforeGoal(s, n) && !e.asksChange(q) {
		return true // "how much is the pass": not the $10 of "raised the pass by $10 to $114" (goalfirstchange.go)
	}
	return !e.noLex && e.isPopulation(s, n) && !e.populationAnswers(q) // "a town of 9,800 people" counts who live there, not who work there
}

// scoreNumber weighs number n of candidate sentence s as the answer to q:
// of a kind asked for, counting the noun asked about, standing near the
// question's words and belonging to its subject. ok is false for a number
// that cannot be the answer.
func (e *Engine) scoreNumber(q *query, c candidate, s *sentence, n quantity, kinds []quantityKind, acts actWords) (numberPick, bool) {
	if e.ruledOut(q, c, s, n, kinds, acts) {
		return numberPick{}, false
	}
	act := e.countAct(q, s, n, acts) // "hauled 48 tires" for "how many tires did they pull out" (troponymcount.go)
	changed, fits := e.changeFits(q, s, n)
	if !fits {
		return numberPick{}, false
	}
	if changed == 1 {
		act = max(act, 1) // "jumped 21%" answers "how much did it go up"
	}
	unit := e.unitOf(q, c, s, n, kinds, act)
	if unit == 0 && changed == 1 && e.causedOfAsked(q, s, n) && e.onlyChangeUnheld(q, s) {
		unit = 1 // "how much did fares go up": "raise the fare by 25 cents" measures the fares' change (causedchange.go)
	}
	if !e.numberFits(q, c, n, unit, act > 0) {
		return numberPick{}, false
	}
	sc := c.score - 0.1*float64(spanDistance(withHedge(s, n), c.matched, e.subjectTokens(q, s))) + 3*float64(unit) + 4*c.coverage
	if act == 1 || unit == 1 && n.unit == "time" {
		// "destroying 38 homes" answers "how many homes burned", "orders for
		// 2,400 homes" does not. A verb that is the question's own word is
		// already weighed by the ranking and by nearness to matched words;
		// one a WordNet link away is seen by neither. "Scored twice" beside
		// the verb asked about counts its acts; a noun's count elsewhere in
		// the sentence ("had 14 goals") belongs to another verb.
		sc++
	}
	sc += ownVerbWeight(q, n, act) + soleSumVerbWeight(s, n, act, acts) + fusedSubjectWeight(q, n, act) // "but 11 are still missing" (fusedsubject.go)
	if acts.actBesideOwn(s, n, act) {
		sc -= 3 // "41 … dead and 312 injured": 41 counts the dead
	}
	if kinds[0] != n.kind {
		sc--
	}
	if quoted(s, n) {
		sc -= 2 // a number in a quotation is the speaker's figure of speech as often as a count
	}
	sc += partitiveWeight(q, s, n) + shareWeight(q, s, n) + e.breakdownWeight(q, s, n) + timeFit(askedTimes(q), s, n) + e.earlierWeight(q, s, n) + e.currentWeight(q, s, n) + normWeight(q, s, n) + periodWeight(q, s, n) + rateWeight(q, s, n)
	sc += e.runningTotalWeight(q, s, n) + estimateWeight(q, s, n) + hopedWeight(q, s, n) + requestedWeight(q, s, n) + yardstickWeight(q, s, n) + yardstickOwnerWeight(s, c.matched, n) + earlierSourceWeight(q, s, n) + deicticWeight(q, s, n) + presentStateWeight(q, s, n) + e.otherClauseWeight(q, s, c.matched, n) + modalWeight(q, s, n)
	if (n.kind == qMoney || n.kind == qPercent) && unit > 0 && e.headFit(q, s, n) > 0 {
		sc += 2 // named as the asked thing's amount: "a $1.1 billion satellite" gives its cost without the word
	}
	sc += e.amountModifierWeight(q, s, n) + e.pricedHeadWeight(q, s, n) + e.sumPhraseWeight(q, s, n) // "annual payments of $60,000" for "the yearly payments" (amountmodifier.go); "a $6.8 million restoration" for what it cost (pricedfigure.go)
	if !e.placesHeld(q, s) {
		return numberPick{}, false // "how much snow fell in Waterbury": not the figure for Maine
	}
	if asked, ok := q.rateAsked(e.onlyAsName); ok && q.typ == tAmount {
		if !e.rateFits(asked, s, n) {
			return numberPick{}, false // "how much does one pouch cost": not "spent $22,000 on pouches"
		}
		sc++
	}
	sc += placeWeight(q, s, n) + statedDimensionWeight(q, s, n) + e.compoundHeadWeight(q, s, n) + futureFigureWeight(q, c, s)
	sc += e.personCompoundWeight(q, s, n)                                      // "a five-woman crew" sizes the crew asked (personcompound.go)
	sc += intervalClauseWeight(q, s, c.matched, n) + e.otherActWeight(q, s, n) // "police began knocking on doors within 15 minutes": the clause asked (intervalclause.go)
	sc += continuingCountWeight(q, s, n)                                       // "Only 71 of the 138 riders … are still in the race": 71 (continuingcount.go)
	sc += postmodifierCountWeight(q, s, n)                                     // "174,000 customers in 19 counties had lost power": 174,000 (postmodcount.go)
	sc += premodifiedCountWeight(q, s, n)                                      // "nearly 900 long-tailed ducks", not "2,300 ducks", for the long-tailed ducks (premodifiedcount.go)
	sc += conditionWeight(q, s, n)                                             // "if ICUs reach 100%": a threshold, not a stated figure (conditionfigure.go)
	sc += e.leadFigureWeight(q, s, n, unit)                                    // "how many cases are there": the lead's count (leadfigure.go)
	sc += e.earlierEventWeight(q, s, n)                                        // "a December 2021 tornado killed 24 people": not the story's event (datedevent.go)
	sc += ofGroupWeight(q, s, n)                                               // "17% of Black students …, compared with 75% of Asian American students" (ofgroupshare.go)
	sc += permittedWeight(q, s, n)                                             // "cleared its boosters to fly as many as 40 times": allowed, not done (permittedfigure.go)
	sc += e.placedOwnerWeight(q, s, n)
	sc += scoreKindWeight(q, s, n)      // "a 42-10 loss" is a score, "a 3-9 season" a record (scorekind.go)
	sc += othersRelativeWeight(q, s, n) // "how many seasons did he coach": not "Sorensen, who retired after 19 seasons" (relativefigure.go)
	if q.measure != "" && !q.size() && undimensionedCompound(s, n, unit) {
		sc -= 2 // "how long is the bridge": "3,800 feet" before "the four-lane bridge" (dimensionnoun.go)
	}
	return numberPick{c, n, sc}, true
}

// changeFits reads whether n is a change (1 a rise or a change asked, -1
// a change against the one asked, 0 none) and whether that lets n answer
// q: "fell 4.3%" does not answer "how much did it rise", and a level
// beside its change ("sales of $48 million, up 12%") or a changed count
// ("closed 40 stores", changedcount.go) does not answer for what is held.
func (e *Engine) changeFits(q *query, s *sentence, n quantity) (int, bool) {
	changed := e.changeAct(q, s, n)
	switch {
	case changed == -1:
		return changed, false
	case changed == 0 && (e.changeBeside(q, s, n) || e.levelNotAsked(q, s, n)):
		return changed, false
	case changed == 0 && !e.asksChange(q) && changedCountNotAsked(q, s, n):
		return changed, false
	case changed == 0 && e.asksChange(q) && e.levelOfNoun(s, n):
		return changed, false // "how much did sales drop": not the 7 percent of "mortgage rates near 7 percent" (nounlevel.go)
	}
	return changed, true
}

// placedOwnerWeight weighs the owner a place gives n against the
// question's subjects: for them, or for a body of the place they name,
// or for another.
func (e *Engine) placedOwnerWeight(q *query, s *sentence, n quantity) float64 {
	o := e.placedOwner(s, n)
	if o < 0 || len(q.subjects) == 0 {
		return 0
	}
	if contains(q.subjects, o) || e.bodyOfPlace(o, q.subjects) {
		return 1.5
	}
	return -1.5
}

// ruledOut reports whether number n of s cannot answer q whatever its
// weight: "how many were hurt" is not answered by "140 miles", "how much
// was the loan" not by the other part's sum, and "Three students were not
// hurt" does not count the hurt (deniedcount.go).
func (e *Engine) ruledOut(q *query, c candidate, s *sentence, n quantity, kinds []quantityKind, acts actWords) bool {
	return e.notAsked(q, s, n, kinds) || figureOfOther(q, c, s, n) || deniedCount(q, s, n, acts) || startedNotLeft(q, s, n) || // "Eighteen Americans started the race": not how many are still in it (startedcount.go)
		contrastingCompound(q, s) // "In-state students will pay": not what out-of-state students pay (typedcompound.go)
}

// numbersName reports whether a bare number follows a name straight on,
// as part of it: "Workers Local 412", "Route 9", "Flight 302" (AP
// Stylebook, "numerals": figures in names). It numbers what the name
// names and counts nothing. A figure after punctuation stands apart
// ("four in Cincinnati, three in Columbus").
func (e *Engine) numbersName(s *sentence, n quantity) bool {
	if n.kind != qCount || n.unit != "" || n.tok == 0 || strings.Contains(s.toks[n.tok].text, ",") {
		return false
	}
	if strings.TrimSpace(s.text[s.toks[n.tok-1].end:s.toks[n.tok].start]) != "" {
		return false // "four stores in Cincinnati, three in Columbus": punctuation ends the name
	}
	for _, p := range s.named {
		if e.lastPosition(s, p, n.tok) == n.tok-1 {
			return true
		}
	}
	return false
}

// unitOf is 1 when n measures or counts what q asks about, -1 when it
// counts something else, 0 when it cannot tell; act is how n's verb
// matches the question's (actMatch).
func (e *Engine) unitOf(q *query, c candidate, s *sentence, n quantity, kinds []quantityKind, act float64) int {
	unit := e.elidedUnitMatch(q, s, n) // "27 votes in the Senate and 84 in the House": 84 votes (elidedhead.go)
	if occasionsAsked(q) {
		unit = occasionUnit(n, unit) // "how many times did he fire": not "about an hour"
		if unit < 0 && e.eventObjectCounted(n, act) {
			unit = 1 // "how many times has it flown": "has now flown 20 missions" (occasions.go)
		}
	}
	if n.kind != qCount && unit < 0 {
		unit = 0 // money and shares are in their own units
	}
	if unit == 0 && e.bareObjectOfCounted(q, s, n) {
		unit = -1 // "how many outbreaks": not "Outbreak sickens 240" (bareobject.go)
	}
	if unit == 0 && ratioGroupAsked(q, n) {
		unit = 1 // "what share of voters": "one in four voters"
	}
	if n.unit == "time" && adverbialCount[s.toks[n.tok].lower] && act == 2 && e.holds(q, c) && !strandedPreposition(q) {
		unit = 1 // "Okafor scored twice": the count of the act asked about, one goal each time
	}
	if unit == 0 && e.changedThingCounted(q, s, n) {
		unit = 1
	}
	if n.kind == qMoney || measureCompound(s, n) {
		unit = e.moneyUnit(q, s, n, kinds, unit)
	}
	unit = e.percentUnit(q, s, n, unit)
	unit = e.groupUnit(q, s, n, unit)
	unit = e.personCompoundUnit(q, s, n, unit) // "how many people were on the panel": "a three-judge panel" (personcompound.go)
	unit = properCountedUnit(q, s, n, unit)    // "how many americans": "38 million Americans" (propercount.go)
	if q.measure != "" && len(q.focus) == 0 && fitsMeasure(q.measure, n.unit) {
		unit = 1 // "how long does the state have": 20 days, a unit of the measure asked
	}
	if unit == 0 && measureForBareCount(q, n) {
		unit = -1 // "how many got dementia": not "over seven years"
	}
	if unit > 0 && conjunctAsked(q, s, n) {
		unit = -1 // "how many current students": not "212,000 current and former students"
	}
	unit = e.massUnit(q, s, n, unit)
	unit = e.continuingUnit(q, s, n, unit) // "Of the mall's 4,200 parking spaces, about 1,000 remain open": 1,000 spaces (continuingcount.go)
	if unit < 0 && measureGenitive(q, s, n) {
		unit = 1 // "how much notice": 90 days' notice
	}
	if unit < 0 && e.countsOtherwise(q, s, n) {
		unit = 1
	}
	return unit
}

// changedThingCounted reports whether bare figure n of s counts the
// thing whose change it tells: "hip fractures fell from 19 to 11",
// "traffic climbed to 2.3 million from 1.6 million" (the change's subject
// is what it counts, goalfirstchange.go), as does the size asked ("the
// species total climbed by nine", barechangeby.go); "how big was the
// staff last year": "shrank by four from last year's 38"
// (earlierlevel.go); "how much more will a restaurant pay": "roughly
// $1,100 more a year" (changeverb.go); "how much lower": "9% lower"
// (degreefigure.go).
func (e *Engine) changedThingCounted(q *query, s *sentence, n quantity) bool {
	if n.unit == "" && (changeEnd(s, n) || e.changeGoal(s, n) || e.asksChange(q) && e.bareChangeBy(s, n)) && e.focusBefore(q, s, n.tok) && !e.changedCountBetween(q, s, n) {
		return true
	}
	return e.startAsked(q, s, n) || comparedFigure(q, s, n) || e.degreeFigure(q, s, n)
}

// countsOtherwise reports whether n, counting another noun than the one
// q asks about, still counts the things asked.
func (e *Engine) countsOtherwise(q *query, s *sentence, n quantity) bool {
	return e.countsKindOf(q, n) || // "how many workers": 520 employees, employees being workers
		e.countsClassOf(q, n) || // "how many ponies": seven horses, ponies being horses (classcount.go)
		agentsCounted(q, s, n) || // "how many finishers": 31,402 runners finished
		e.patientsCounted(q, s, n) || // "how many employees": employs about 2,100 people
		e.casualtiesCounted(q, n) // "how many people were hurt": 12 injuries (casualtycount.go)
}

// moneyUnit is unitOf for money figure n or a measure compound
// ("63-page"), unit as found so far: money
// is the measure of a fee or of pay asked ("how big is the fee", "how
// much strike pay"), and a sum or measure named as a thing's is that
// thing's, not another's (headFit: "how big was the fine" is "a $12
// million civil penalty", not "$18,000 in repairs"; "how long is the
// report" is "the 63-page report").
func (e *Engine) moneyUnit(q *query, s *sentence, n quantity, kinds []quantityKind, unit int) int {
	if n.kind == qMoney && kinds[0] == qMoney && (q.measure != "" || q.countsMoney()) {
		unit = 1
	}
	if h := e.headFit(q, s, n); h != 0 {
		unit = h
	}
	return unit
}

// countsKindOf reports whether n counts a kind of what q counts: the
// noun it counts has the question's counted noun as a synonym or its
// nearest WordNet hypernym (an employee is a kind of worker), so each
// thing it counts is one of those asked about. A distant hypernym names
// a class the count is a small part of: "three black rhinos" is no count
// of a zoo's animals. The
// question's noun must be plural, as "how many" and "number of" take a
// plural count noun (Quirk et al., §5.23): in "how many people work"
// the singular "work" is the verb, not the noun counted.
func (e *Engine) countsKindOf(q *query, n quantity) bool {
	if e.noLex || n.kind != qCount || n.noun == "" || len(q.focus) == 0 || measureOf(n.unit) != "" {
		return false // a unit of measure ("30 seconds") is a measure, whatever "unit" it is a kind of
	}
	head := q.focus[len(q.focus)-1]
	for _, t := range q.terms {
		plural := singular(t.lower) != t.lower || q.countedAfterMany(t.lower) // "how many aircraft" (zeroplural.go)
		// "farmworkers" are workers (closedcompound.go)
		if t.stem == head && plural && singular(t.lower) != countedSingular(n.noun) && (e.broaderPastPhrases(n.noun, singular(t.lower), phrasalHypernymSteps) || mutatedPlural(n.noun) && e.broaderPastPhrases(countedSingular(n.noun), singular(t.lower), phrasalHypernymSteps) || e.compoundOfCounted(n.noun, t.lower) || e.kindCounted(t.lower, n.noun)) { // "30 children" for kids (irregularplural.go); "two rifles" for guns (narrowerknown.go)
			return true
		}
	}
	return false
}

// agentsCounted reports whether the count is followed by the verb of the
// agent noun the question counts: an -er or -or noun names the ones who do
// its verb (Quirk et al., App. I.34, agentive suffixes), so "31,402
// runners finished" counts finishers. A count that takes its noun from
// one before it ("up 12% from 28,037") counts the ones that one does.
func agentsCounted(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || n.unit == "" {
		return false
	}
	for _, m := range s.nums {
		if m.kind != qCount || m.unit != n.unit || m.tok > n.tok || m.end >= len(s.toks) {
			continue
		}
		verb := s.toks[m.end].stem
		for _, t := range q.terms {
			agent := strings.HasSuffix(singular(t.lower), "er") || strings.HasSuffix(singular(t.lower), "or")
			if agent && slices.Contains(q.focus, t.stem) && t.stem == verb && t.lower != verb {
				return true
			}
		}
	}
	return false
}

// partitiveWeight weighs a number of a partitive ("Twelve of the 14
// stations"). When the question says something of a part ("how many
// bolts were missing") the whole is not its answer. When it asks only the
// count ("how many stations?") the part is not, and the whole is given
// there, not told: a sentence stating the count for itself ("with 14
// stations") comes first.
func partitiveWeight(q *query, s *sentence, n quantity) float64 {
	predicates := q.predicates() && !ownerOnly(q, s, n)
	switch {
	case n.whole && predicates:
		return -2
	case n.whole:
		return -1
	case n.part && !predicates:
		return -2
	}
	return 0
}

// onlyRestricts reports whether the question says of what it counts only
// words of the set a partitive part n is taken from, and then n is no
// answer: "how many cars derailed" is not told by "Six of the derailed
// cars were tank cars", where the derailing is presupposed of the whole
// and the part is counted by what the sentence says of it (Quirk et al.,
// §5.9 on the of-partitive; §17.94 on the restrictive premodifier as
// given information). A light verb of the question's own says more, and
// so does a question counting what the subject complement names ("how
// many rentals were damaged": "Nine of the damaged homes were rentals",
// partitivecomplement.go).
func (e *Engine) onlyRestricts(q *query, s *sentence, n quantity) bool {
	if !n.part {
		return false
	}
	if m, ok := e.partitiveComplement(s, n); ok && e.unitMatch(m, q.counted()) > 0 {
		return false
	}
	said := false
	for _, t := range q.terms {
		if slices.ContainsFunc(q.focus, t.matchesStem) {
			continue
		}
		if !slices.ContainsFunc(n.mods, t.matchesStem) && !adjectiveSet(t, n) {
			return false
		}
		said = true
	}
	for i, t := range q.toks {
		if lightVerbs[t.lower] && !primaryVerbs[t.lower] && !e.getPassiveAt(q.toks, i) {
			return false
		}
	}
	return said
}

// predicates reports whether the question says something of what it
// counts beyond naming it: a content word besides the counted noun ("how
// many bolts were missing"), or a lexical verb, light as it may be ("how
// many counts did they get him on"). Only "be" and "have", the verbs of
// existence and possession, ask the size of a whole ("how many stations
// are there", "how many stations does it have"); "do" is the auxiliary
// (Quirk et al., §3.21, the primary verbs be, have, do).
func (q *query) predicates() bool {
	if len(q.terms) > len(q.focus) {
		return true
	}
	for _, t := range q.toks {
		if lightVerbs[t.lower] && !primaryVerbs[t.lower] {
			return true
		}
	}
	return false
}

// primaryVerbs are the forms of do and have, which serve as auxiliaries
// (Quirk et al., §3.21); the forms of be are beForms.
var primaryVerbs = set("do", "does", "did", "done", "have", "has", "had")

// breakdownWeight weighs a count that itemises a total after a colon
// (numbers.go, markItems) and the total it itemises. An item answers only
// a question that names what sets it apart, a word of its own phrase
// ("how many counts of wire fraud"), and then the total does not;
// otherwise the total answers and the item, a part of it, does not.
func (e *Engine) breakdownWeight(q *query, s *sentence, n quantity) float64 {
	named := false
	for _, m := range s.nums {
		named = named || m.item && itemNamed(q, s, m)
	}
	switch {
	case n.item && itemNamed(q, s, n):
		return 0
	case n.item:
		return -3
	case named && n.unit != "" && slices.ContainsFunc(s.nums, func(m quantity) bool { return m.item && m.unit == n.unit }):
		return -2
	}
	return 0
}

// itemNamed reports whether q holds a word of item n's own phrase, from
// its noun to the next number of s, beyond the noun it counts.
func itemNamed(q *query, s *sentence, n quantity) bool {
	end := len(s.toks)
	for _, m := range s.nums {
		if m.tok >= n.end {
			end = min(end, m.tok)
		}
	}
	for _, t := range q.terms {
		if slices.ContainsFunc(q.focus, t.matchesStem) {
			continue
		}
		for _, tok := range s.toks[n.end:end] {
			if t.matches(tok) {
				return true
			}
		}
	}
	return false
}

// shareWeight weighs a percentage as the answer to "what share": one
// followed by "of" names the whole it is a share of ("61% of the
// hospital's births"); one after "by" is the size of a change ("raise
// payments by 25%"), the measure of a difference that "by" introduces
// (Quirk et al., ch. 9, prepositions of degree), which answers "by how
// much", not "what share".
func shareWeight(q *query, s *sentence, n quantity) float64 {
	if q.typ != tPercent || n.kind != qPercent {
		return 0
	}
	switch {
	case n.end < len(s.toks) && s.toks[n.end].lower == "of":
		return 1
	case tokenBefore(s, n.tok) == "by":
		return -2
	}
	return 0
}

// numberFits reports whether n can answer q at all.
func (e *Engine) numberFits(q *query, c candidate, n quantity, unit int, acted bool) bool {
	switch {
	case unit < 0:
		return false // it counts something else
	case !e.holds(q, c) && !e.namedAmount(q, c, n) && !(unit > 0 && len(q.terms) > 0 && c.coverage >= 0.25 && c.subjects >= len(q.subjects) && q.allKnown() && (acted || e.verbsHeld(q, &e.r.sents[c.s])) && !quoted(&e.r.sents[c.s], n) && e.namesHeld(q, &e.r.sents[c.s]) && !e.statesOppositeAdjective(q, &e.r.sents[c.s])):
		// the sentence is not about what was asked; one that only counts the
		// noun asked may stand in, but not with a number quoted: a speaker's
		// "two people on the same line" is a figure of speech as often as a count;
		// nor one without a name the question gives ("at the Saltillo plant"),
		// nor one of the opposite ("the old bridge" for "the new bridge", holds)
		return false
	case figureForOther(&e.r.sents[c.s], n, c.matched):
		return false // "$75 for dogs and $35 for cats": "how much is a cat adoption" asks the cats' (forphrasefigure.go)
	case e.amountOfOther(q, c, n):
		return false // "how much will the recall cost": not what the heaters sold for; "how much did the collector offer": not the university's "$60,000" (clausesubject.go)
	case !e.measureFits(q, &e.r.sents[c.s], n, unit):
		return false // a height or a distance has a unit of measure; a group's size is its people
	case n.kind == qCount && unit == 0 && n.unit == "" && len(q.focus) > 0 && (!adjacent(n.tok, c.matched) || scalePoint(&e.r.sents[c.s], n)):
		return false // "twice" counts what the verb beside it does, nothing else; "at 91" counts nothing
	case q.typ == tAmount && !e.amountFitsIn(q, &e.r.sents[c.s], n, unit):
		return false // "how much was the bond": not "seven women", nor "71% of the points"
	case q.measure == "long" && !e.candidateLengthFits(q, c, n):
		return false
	case !e.dimensionFits(q, &e.r.sents[c.s], n):
		return false // "45 feet long" is no height; "a 14-inch crack" is not how long the bridge is
	}
	return true
}

// measureFits reports whether count n of s can answer a "how ADJ"
// question of q: with a unit of the asked dimension, as the size of a
// group or its people, or as a compound without a dimension, and
// distributed over the unit of time the question asks, if any.
func (e *Engine) measureFits(q *query, s *sentence, n quantity, unit int) bool {
	if !periodFits(q, s, n) {
		return false // "20 miles a week" is not how far she swam (timerate.go)
	}
	if !countPeriodFits(q, s, n) {
		return false // "how many cars use it a day": a rate per day, not "the two cars" (timerate.go)
	}
	if otherDimension(q, n) {
		return false // "how big was the search area": in square miles, not inches (nameddimension.go)
	}
	if q.measure == "" || n.kind != qCount || fitsMeasure(q.measure, n.unit) || rateAnswersFast(q, s, n) {
		return true
	}
	return e.peopleAsSize(q, s, n) || q.size() && e.groupSize(s, n) || undimensionedCompound(s, n, unit)
}

// candidateLengthFits is lengthFits for n of candidate c, whose words of
// a question in the perfect must not stand only in its closing
// attribution: "…, the borough said" tells the source, not how long the
// borough has had anything (onlyInAttribution, perfectduration.go).
func (e *Engine) candidateLengthFits(q *query, c candidate, n quantity) bool {
	s := &e.r.sents[c.s]
	return !(q.perfect() && onlyInAttribution(s, c.matched)) && e.lengthFits(q, s, n)
}

// lengthFits reports whether n of s can answer "how long" as q asks it.
func (e *Engine) lengthFits(q *query, s *sentence, n quantity) bool {
	switch {
	case measureOf(n.unit) == "time" && tokenBefore(s, n.tok) == "every":
		return false // "every 10 minutes" is how often, not how long (Quirk et al., §8.64, adjuncts of frequency)
	case timePosition(s, n) && !q.asksInterval() && !q.asksUntil() && !q.startToEndSpan(s, n) && !e.tookToAct(q, s, n):
		return false // "three years after the vote" dates an act; it is no act's duration
	case q.perfect() && measureOf(n.unit) != "time":
		return false // "how long has it been open" asks a duration, not "25 miles"
	case q.perfect() && modalSpan(s, n):
		return false // "how long has he been at the school": not "could stay empty for up to three months" (perfectduration.go)
	case q.perfect() && e.earlierOccasion(q, s):
		return false // "how long has the strike gone on": not "last struck in 2016, for three days"
	case e.otherActLasted(q, s, n):
		return false // "froze wages for four years" is not how long the plant has been running
	case e.perfectSubjectUnheld(q, s):
		return false // "how long has the borough had guards": not the guard's "after four decades" (perfectduration.go)
	case e.subjectOnlyAfter(q, s, n):
		return false // "she has worked ... for 19 years, ... retired from the plant": not the plant's years
	case measureOf(n.unit) != "time" && (e.askedStateLength(q) || e.askedParticipleState(q)):
		return false // "how long was the park underwater", "how long were drivers stuck": not "three feet of water" (statalpassive.go)
	case measureOf(n.unit) != "time" && q.adverbLong():
		return false // "how long did it take them to reach the plane": not "30 feet of water"
	case measureOf(n.unit) == "time" && e.askedObjectLength(q) && !e.measuresAsked(q, s, n):
		return false // "how long is the gate": its length, not "3 weeks installing it"
	case e.durationOfOther(q, s, n):
		return false // "three years of probation" is not how long he was a judge
	case e.measuredSubjectUnheld(q, s):
		return false // "how long is the pipeline": not a sentence that never names it (measuredsubject.go)
	}
	return true
}

// relators are the adverbs and prepositions that make a span of time
// the distance between two times rather than how long something lasted:
// "three years after the contract", "two days later", "a year ago" (Quirk
// et al., §8.55–8.57, adjuncts of time position, against the adjuncts of
// duration of §8.58, "for three years").
var relators = set("after", "before", "later", "earlier", "ago", "since")

// timePosition reports whether span of time n is followed by a relator,
// placing an event in time ("three years after").
func timePosition(s *sentence, n quantity) bool {
	return measureOf(n.unit) == "time" && n.end < len(s.toks) && relators[s.toks[n.end].lower] && !forSpan(s, n)
}

// forSpan reports whether "for" governs span n, past the approximators
// before it ("for at least a month after …"): an adjunct of duration,
// whatever relator follows (Quirk et al., §8.58).
func forSpan(s *sentence, n quantity) bool {
	k := n.tok - 1
	for k >= 0 && (spanCues[s.toks[k].lower] || s.toks[k].lower == "at" || s.toks[k].lower == "more" || s.toks[k].lower == "less") && s.toks[k].lower != "for" {
		k--
	}
	return k >= 0 && s.toks[k].lower == "for"
}

// asksInterval reports whether the question itself asks the distance
// between two times ("how long after the vote", "how long ago").
func (q *query) asksInterval() bool {
	return slices.ContainsFunc(q.toks, func(t token) bool { return relators[t.lower] })
}

// amountFits reports whether n can answer "how much". "Much" quantifies
// a mass, "many" a plural count noun (Quirk et al., ch. 5, count and
// noncount nouns and their quantifiers): "how much" is answered by
// money, a share, a bare figure or a measure phrase ("11,400 pounds"),
// not by a count of things ("seven women") unless they are the noun
// asked ("how much in contracts": $3.2 million in contracts). A span of time answers it only when time is asked ("how
// much time"); "how much does she make" asks no duration, as the
// duration has its own interrogative, "how long" (Quirk et al., ch. 8,
// adjuncts of duration).
func (q *query) amountFits(n quantity, unit int) bool {
	if n.kind != qCount || n.unit == "" || unit > 0 {
		return true
	}
	if compoundModifier(n) {
		return false // "the 20-mile mark": a measure compound classifies its head (Quirk et al. §17.104), no amount of anything
	}
	switch measureOf(n.unit) {
	case "":
		return false
	case "time":
		return q.namesTime()
	}
	return true
}

// namesTime reports whether the question names time or a unit of it
// ("how much time", "how many more days"). A unit's adjective in -ly
// names a rate, not a span (WordNet, "hourly": occurring every hour or
// payable by the hour): "how much do hourly workers make" asks no
// duration.
func (q *query) namesTime() bool {
	for _, t := range q.toks {
		if t.lower == "time" || measureOf(t.stem) == "time" && !strings.HasSuffix(t.lower, "ly") {
			return true
		}
	}
	return false
}

// sizeOfGroup reports whether "how big" is asked of a group of people:
// a noun of the question that WordNet classes under "social group"
// ("crowd", "crew", "audience"), whose size is the number of its
// members.
func (e *Engine) sizeOfGroup(q *query) bool {
	if e.noLex {
		return false
	}
	for _, t := range q.toks {
		if !stopWords[t.lower] && e.lex.KindOf(t.lower, "social_group") {
			return true
		}
	}
	return false
}

// verbsHeld reports whether s holds every word of q that can only be a
// verb: a count is of what its noun did ("how many participants died"),
// so a sentence that counts the noun for another act does not answer,
// unless its own verb is the asked act's (actMatch) or a manner of it
// (actAbove, troponymcount.go). A passive participle known only weakly
// (afterBe) must be held even when WordNet also lists it as a noun.
func (e *Engine) verbsHeld(q *query, s *sentence) bool {
	if e.noLex {
		return true
	}
	for _, t := range q.terms {
		if lightVerbs[t.lower] || t.weight < 0.2 {
			continue
		}
		if pos := e.lex.PartsOfSpeech(t.lower); slices.Contains(pos, "verb") && (!slices.Contains(pos, "noun") || q.progressive(t) || t.weak && q.afterBe(t)) && !s.hasTerm(t) {
			return false
		}
	}
	return true
}

// afterBe reports whether question word t follows a form of "be" ("how
// many cars were stolen"): the participle of a passive (Quirk et al.,
// §3.63), the count's own act. One the article never writes, read only
// as a thesaurus's or WordNet's relative of it (weak), must then be in
// the sentence: a count held for its noun alone ("140 cars" whose windows
// shattered) tells nothing of the act.
func (q *query) afterBe(t term) bool {
	for i := 1; i < len(q.toks); i++ {
		if q.toks[i].lower == t.lower {
			return beForms[q.toks[i-1].lower]
		}
	}
	return false
}

// progressive reports whether question word t is the -ing participle of
// a progressive verb phrase, after a form of "be" ("how many years are
// prosecutors asking for"): a verb there, whatever else WordNet lists the
// form as (the progressive aspect, be + -ing participle: Quirk et al.,
// ch. 4).
func (q *query) progressive(t term) bool {
	if !strings.HasSuffix(t.lower, "ing") {
		return false
	}
	for _, w := range q.toks {
		if w.lower == t.lower {
			return false
		}
		if beForms[w.lower] {
			return true
		}
	}
	return false
}

// unitMatch (a method for the lexicon it asks) is 1 when the number counts the noun asked about, -1 when it
// counts some other noun, 0 when it counts none or none was asked.
func (e *Engine) unitMatch(n quantity, focus []string) int {
	if len(focus) == 0 || n.unit == "" {
		return 0
	}
	if !e.noLex && n.noun != "" {
		for _, f := range focus {
			// "how many people": passengers, voters and residents are people
			if (f == "peopl" || f == "person") && (e.lex.KindOf(n.noun, "person") || mutatedPlural(n.noun) && e.lex.KindOf(countedSingular(n.noun), "person")) { // "three men" (irregularplural.go)
				return 1
			}
		}
	}
	if spelledOpen(n.unit, focus) {
		return 1 // "how many tractor trailers": 17 tractor-trailers (opencompoundunit.go)
	}
	for _, f := range focus {
		if stemsMeet(n.unit, f) && !opposedRoleStems(n, f) && !yNounPair(n.unit, f) || sameWritten(n, f) || isDimension(f) && stemOf(measureOf(n.unit)) == f {
			return 1 // "how much time": nine hours; not "64 employers" for employees (countedhead.go)
		}
		for _, m := range n.mods {
			if stemsMeet(m, f) && !e.agentCompoundHead(n) { // "1,100 job seekers" count no jobs (countedhead.go)
				return 1
			}
		}
	}
	return -1
}

// compoundPartCounted reports whether n is a figure of a hyphenated
// compound adjective ("a two-run homer", "a three-car crash") whose unit
// is only the head of the compound noun a question counts ("home runs"):
// such a compound measures the noun it premodifies by its unit (Quirk et
// al. 1985, §I.40, compound adjectives of a number and a noun), so "two
// runs" it counts, and no "home runs".
func compoundPartCounted(q *query, s *sentence, n quantity) bool {
	if n.noun != "" || !strings.Contains(s.toks[n.tok].text, "-") || len(q.focus) < 2 {
		return false
	}
	return slices.ContainsFunc(q.focus, func(f string) bool { return !stemsMeet(f, n.unit) })
}

// yNounPair reports whether stems a and b differ only by the "i" the
// Porter2 stemmer writes for a final -y ("counti" of county, "count" of
// count; "parti" and "part"): a noun in -y is a word of its own, not a
// form of the noun without it, as counts are never counties.
func yNounPair(a, b string) bool {
	return a != b && (a == b+"i" || b == a+"i")
}

// counted is the stems of the noun a count asks for, and of the article's
// words for it ("sigs": signatures; "deliveries": births).
func (q *query) counted() []string {
	out := q.focus
	for _, t := range q.terms {
		if len(t.alts) > 0 && !t.byKind && slices.ContainsFunc(q.focus, t.matchesStem) {
			out = append(slices.Clip(out), t.alts...)
		}
	}
	return out
}

// knownAs reports whether the question word of stem f is known to the
// article by another word for the same thing (a synonym, a clipping, a
// correction), not by a word of its family ("died": deaths) or a
// neighbour.
func (q *query) knownAs(f string) bool {
	for _, t := range q.terms {
		if t.matchesStem(f) && t.known && len(t.alts) > 0 && !t.derived && !t.weak {
			return true
		}
	}
	return false
}

// countsPeople reports whether n counts people ("2,316 people", "5,000
// participants").
func (e *Engine) countsPeople(n quantity) bool {
	return n.noun == "people" || n.noun != "" && !e.noLex && (e.lex.KindOf(n.noun, "person") || mutatedPlural(n.noun) && e.lex.KindOf(countedSingular(n.noun), "person")) // "three men" (irregularplural.go)
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
// 589,117"), or referred to there by a personal pronoun of its gender
// ("She received 18,412 votes to his 15,690"), or -1.
func (e *Engine) numberOwner(s *sentence, i int) int {
	best, bestAt := -1, -1
	for _, p := range append(append([]int(nil), s.named...), s.refs...) {
		at := max(e.lastPosition(s, p, i), e.lastPronounOf(s, p, i))
		if at > bestAt && i-at <= 8 {
			best, bestAt = p, at
		}
	}
	return best
}

// lastPronounOf is the last token index before limit of a pronoun of
// p's gender, when p is the only person of that gender the sentence
// refers to or names; -1 otherwise.
func (e *Engine) lastPronounOf(s *sentence, p, limit int) int {
	g := e.r.ents[p].gender
	if e.r.ents[p].kind != knowledge.Person || g == 0 {
		return -1
	}
	for _, x := range append(append([]int(nil), s.named...), s.refs...) {
		if x != p && e.r.ents[x].kind == knowledge.Person && e.r.ents[x].gender == g {
			return -1 // "he" could be either man
		}
	}
	at := -1
	for k := 0; k < limit && k < len(s.toks); k++ {
		if pg, ok := pronounGender(s.toks[k : k+1]); ok && pg == g && !s.quoted[k] {
			at = k
		}
	}
	return at
}

// placedOwner is the entity number n of s belongs to: the place of a
// locative "in" or "at" right after its phrase ("14.6 inches in Southport
// and 11 inches in Wilmington": a prepositional phrase postmodifies the
// measure before it, Quirk et al., §17.37), else its numberOwner.
func (e *Engine) placedOwner(s *sentence, n quantity) int {
	if k := placeAfter(s, n); k >= 0 {
		for _, p := range s.named {
			if e.r.ents[p].kind != knowledge.Place {
				continue
			}
			for _, f := range e.r.ents[p].forms {
				if matchForm(s.toks, k, f) {
					return p
				}
			}
		}
	}
	return e.numberOwner(s, n.tok)
}

// rateMarkers are the words that make an amount a rate, one item's
// share: the distributive "each" and "apiece", "per", and the
// indefinite article in its distributive use, "$62 a share" (Quirk et
// al., §5.50, the indefinite article meaning "per"; §6.51, "each").
var rateMarkers = set("per", "each", "apiece", "a", "an", "every")

// rateAsked reports whether a question asks one item's amount, and the
// noun of the item when it names one: "per kid", "each", "apiece", "one
// of those pouches". "How much would a recount cost" asks no rate: the
// indefinite article there names one thing, not each of many. A word
// isName reports the article writes only as a name classifies the item
// and is not it ("each kestrel share": a share).
func (q *query) rateAsked(isName func(string) bool) (string, bool) {
	after := func(i int) string { // the first plural of the next words, else the first content word
		first := ""
		for k := i; k < len(q.toks) && k < i+4; k++ {
			l := q.toks[k].lower
			switch {
			case stopWords[l] || l == "of" || q.nameToks[k] || isName(l):
				// a name classifies the item ("each Osgood share")
			case plural(l):
				return singular(l)
			case first == "":
				first = l
			}
		}
		return first
	}
	for i, t := range q.toks {
		switch {
		case t.lower == "apiece":
			return "", true
		case t.lower == "per" || t.lower == "each":
			return after(i + 1), true
		case rateItemAt(q.toks, i+1):
			return after(i + 1), true // "how much a share"
		case t.lower == "one" && i+1 < len(q.toks) && q.toks[i+1].lower == "of" && i > 0 && !isNumeric(q.toks[i-1]):
			return after(i + 2), true
		}
	}
	return "", false
}

// rateItemAt reports whether token i names the item of a rate the
// question asks: the noun after "per", or after the distributive article
// straight after "much" or "many" ("how much a share": Quirk et al.,
// §5.50, the indefinite article meaning "per"). There the noun says which
// amount is asked, one share's, and is a content word even when it is
// also a type cue elsewhere ("what share of the vote").
func rateItemAt(toks []token, i int) bool {
	if i < 1 || i >= len(toks) {
		return false
	}
	switch toks[i-1].lower {
	case "per":
		return true
	case "a", "an":
		return i >= 2 && (toks[i-2].lower == "much" || toks[i-2].lower == "many")
	}
	return false
}

// rateFigure reports whether n is one item's amount, and the noun of the
// item when it names one: a rate marker right after its phrase ("$13 per
// student", "$62 a share", "$5 each"), or a distributive determiner
// earlier in its clause ("Each vote costs $5"). A comma after the
// marker ends the figure's phrase: "$190 million each, roughly a third
// less" names no item after "each", which stands there as a pronoun
// (Quirk et al., §6.51, "each" after the noun phrase it distributes).
func rateFigure(s *sentence, n quantity) (string, bool) {
	noun := func(k int) string {
		if k < len(s.toks) && !punctuatedBetween(s.text, s.toks, k) && !stopWords[s.toks[k].lower] {
			return singular(s.toks[k].lower)
		}
		return ""
	}
	if n.end < len(s.toks) && rateMarkers[s.toks[n.end].lower] {
		return noun(n.end + 1), true
	}
	if k, ok := distributiveFor(s, n); ok {
		return noun(k), true // "$48 for each share"
	}
	for j := n.tok - 1; j >= 0 && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		if l := s.toks[j].lower; l == "each" || l == "every" {
			return noun(distributedHead(s, j+1, n.tok)), true
		}
	}
	return "", false
}

// distributedHead is the head of the noun phrase after a distributive
// determiner, from token k up to the figure at end: the last of its
// content words, past premodifiers ("each evacuated household $1,500":
// household; English puts the head last). "Each" and "every" take a
// singular count noun (Quirk et al., §5.14), so a word in -s ends the
// phrase as the verb it is ("Each charger costs $19": charger).
func distributedHead(s *sentence, k, end int) int {
	h := k
	for i := k + 1; i < end; i++ {
		t := s.toks[i]
		if stopWords[t.lower] || t.cap || isNumeric(t) || t.text == "$" || plural(t.lower) {
			break
		}
		h = i
	}
	return h
}

// sameRate reports whether a rate's item, as the question names it,
// is the item of the figure's rate: the same word, or one WordNet
// classes under it ("per participant" for "per person"), or a compound
// of the same first part whose head is a synonym ("each grandkid" for
// "each of his grandchildren", the irregular plural read to its lemma,
// Quirk et al., §5.83; clipping.go's sharesHead). Either may be
// unnamed ("$5 each"). A question's words are read with their hyphens
// split, so the item of a hyphenated compound is asked by its first part
// ("each runner-up").
func (e *Engine) sameRate(asked, fig string) bool {
	if !e.noLex && e.lex.Lemma(fig) != "" && e.lex.Lemma(fig) != fig && e.sameRate(asked, e.lex.Lemma(fig)) {
		return true // "each of his grandchildren": grandchild, a plural by vowel change (Quirk et al., §5.83)
	}
	if asked == "" || fig == "" || stemsMeet(stemOf(asked), stemOf(fig)) {
		return true
	}
	if p, _, ok := strings.Cut(fig, "-"); ok && stemsMeet(stemOf(asked), stemOf(p)) {
		return true
	}
	return !e.noLex && (e.lex.KindOf(fig, asked) || slices.Contains(e.lex.Synonyms(fig), asked) || e.sharesHead(asked, fig))
}

// placesHeld reports whether s holds every name the question places its
// act in ("in Waterbury", "at Stowe"): a locative adjunct restricts the
// act to the place (Quirk et al., §8.27, space adjuncts), so a figure
// told of another place does not answer. A name is a word the article
// writes only capitalised (onlyAsName); names the article reads as
// entities are held by the subjects' own test.
func (e *Engine) placesHeld(q *query, s *sentence) bool {
	for i := 1; i < len(q.toks); i++ {
		w := q.toks[i]
		if p := q.toks[i-1].lower; p != "in" && p != "at" || q.nameToks[i] || stopWords[w.lower] {
			continue
		}
		if e.onlyAsName(w.lower) && !slices.ContainsFunc(s.toks, func(t token) bool { return t.lower == w.lower }) {
			return false
		}
	}
	return true
}

// placeAfter is the index of the capitalised word of a locative "in"
// or "at" right after number n's phrase ("22 inches in Stowe"), past a
// compass word ("five in northern Kentucky"), or -1.
func placeAfter(s *sentence, n quantity) int {
	k := n.end
	if k+1 >= len(s.toks) || s.toks[k].lower != "in" && s.toks[k].lower != "at" {
		return -1
	}
	if k+2 < len(s.toks) && compassWords[s.toks[k+1].lower] {
		k++
	}
	if s.toks[k+1].cap {
		return k + 1
	}
	return -1
}

// compassWords are the lower-case words of direction that premodify a
// place name to name part of it ("northern Kentucky", "central Ohio";
// AP Stylebook, "directions and regions": lowercase when they indicate
// compass direction).
var compassWords = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern",
	"southwestern", "central", "upstate", "downstate")

// placeWeight weighs a number by the place of its locative phrase when
// the sentence gives its numbers each a place ("22 inches in Stowe and 15
// inches in Montpelier", placedOwner) and the question names one of them
// by a word, not as a known entity: the number of the place asked gains,
// the others lose.
func placeWeight(q *query, s *sentence, n quantity) float64 {
	asked := func(m quantity) bool {
		k := placeAfter(s, m)
		if k >= 0 && slices.ContainsFunc(q.terms, func(t term) bool { return t.matches(s.toks[k]) }) {
			return true
		}
		from, to := definitePlaceAfter(s, m) // "84 in the 125-member House" (definiteplace.go)
		return from >= 0 && slices.ContainsFunc(q.terms, func(t term) bool {
			return slices.ContainsFunc(s.toks[from:to], t.matches)
		})
	}
	switch {
	case asked(n):
		return 1.5
	case slices.ContainsFunc(s.nums, asked):
		return -1.5
	}
	return 0
}

// numberInQuestion reports whether the question itself states the number
// ("did question 3 pass"); a score, only as the same pair ("did they win
// 4-2").
func (e *Engine) numberInQuestion(q *query, n quantity) bool {
	if n.kind == qScore {
		// a score is a pair, stated only as one: "two periods" is not "2-1"
		score := strings.ToLower(n.text)
		return slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == score })
	}
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

// quoted reports whether number n stands inside a quotation of s.
func quoted(s *sentence, n quantity) bool {
	return n.tok < len(s.quoted) && s.quoted[n.tok]
}

// spanDistance is how far the number's phrase, from its first word to
// its noun, stands from the nearest of the given tokens: 0 when one lies
// within it ("eight of the 12 counts" holds "counts"), as the noun a
// number counts is part of its phrase.
func spanDistance(n quantity, sets ...[]int) int {
	for _, xs := range sets {
		for _, x := range xs {
			if x >= n.tok && x < n.end {
				return 0
			}
		}
	}
	return nearest(n.tok, sets...)
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
	var possessors []int // "how old was lyle's father": not Lyle's age (possessorage.go)
	if k := e.relativeAsked(q.toks); k >= 0 {
		possessors = q.subjects
		// "how old is her landlord": the age of the relative, not of the possessor
		q2 := *q
		q2.subjects = nil // unnamed ("his 12-year-old son"): an age in the sentence that tells of them
		if x := e.relationHolder(q); x >= 0 {
			q2.subjects = []int{x} // "how old is pruett's sister": "His sister, Carol Mickens,"
		} else if x := e.introducedAs(q.toks, []int{k}, q.nameToks); x >= 0 && !contains(q.subjects, x) {
			q2.subjects = []int{x}
		}
		q = &q2
	}
	if !e.hasPersonOf(q.subjects, 0) {
		// "how old is the bridge": a thing's age, or the year it began;
		// asked of a noun that may name a person, only once no role holder answers
		thing := !e.namesPerson(q)
		if r, ok := e.thingAge(q); thing && ok {
			return r, true
		}
		// "how old is the mayor of raleigh": the person the role describes
		if holders, _ := e.roleHolders(q); len(holders) == 1 {
			q2 := *q
			q2.subjects = holders
			r, ok := e.age(&q2)
			if r2, ok2 := e.thingAge(q); !ok && !thing && ok2 {
				return r2, true
			}
			return r, ok
		}
		if r, ok := e.thingAge(q); !thing && ok {
			return r, true
		}
	}
	if len(q.subjects) == 0 {
		if r, ok := e.describedAge(q, possessors); ok {
			return r, true // "how old was the firefighter who got burned" (agetie.go)
		}
		// "what's the average age": an age the article states as a number
		q2 := *q
		q2.terms = append([]term{{lower: "age", stem: "age", weight: e.r.idf("age"), known: e.r.vocab["age"]}}, q.terms...)
		return e.ageValue(&q2)
	}
	n, s, ok := e.ageAt(q.subjects[0], whenClause(q))
	if !ok {
		return reply{}, false
	}
	verb := ageVerb(q, s, n)
	if s.para == 0 {
		x := q.subjects[0]
		if b, _, ok := e.bodyStating(n, func(b *sentence) bool { return b.mentions(x) }); ok {
			s = b // the headline restates the body: cite the body's words, where a name or "the 19-year-old" refers to x
		}
	}
	return reply{found: true, head: fmt.Sprintf("%s %s %s.", e.shortName(q.subjects[0]), verb, ageWords(n)), used: []*sentence{s}}, true
}

// ageVerb is the verb an age answer takes: "was" for an age the article
// gives in the past ("He was 88."), or by "at age" when the question
// asks in the past ("how old was she when she died": "died in 1911 at
// age 74"); "is" otherwise.
func ageVerb(q *query, s *sentence, n quantity) string {
	b := tokenBefore(s, n.tok)
	if b == "was" || (b == "age" || b == "aged") && slices.ContainsFunc(q.toks, func(t token) bool { return t.lower == "was" || t.lower == "were" }) {
		return "was"
	}
	return "is"
}

// relativeAsked is the index of a person noun that a person's possessive
// determines ("her landlord", "voigt's wife"): the question asks about that
// person, whom the possessor only identifies (Quirk et al., §5.115,
// the genitive as determiner). It is -1 when there is none.
func (e *Engine) relativeAsked(toks []token) int {
	if e.noLex {
		return -1
	}
	for i := 1; i < len(toks); i++ {
		p := toks[i-1]
		personal := p.lower == "his" || p.lower == "her" || p.poss && e.personNamed(toks[i-1:i])
		if personal && !stopWords[toks[i].lower] && e.personNoun(toks[i].lower) {
			return i
		}
	}
	return -1
}

// personNamed reports whether toks name a person ("voigt").
func (e *Engine) personNamed(toks []token) bool {
	xs, _ := e.entitiesIn(toks)
	return len(xs) > 0 && e.r.ents[xs[0]].kind == knowledge.Person
}

// ageOf finds the age the article gives person x.
func (e *Engine) ageOf(x int) (quantity, *sentence, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if n.kind == qAge && (e.ownerOf(s, n.tok) == x || e.pronounOwner(s, n.tok) == x || e.describedAt(s, n.tok) == x || e.premodifiedAge(s, n.tok) == x) {
				return n, s, true
			}
		}
	}
	return quantity{}, nil, false
}

// whenClause is the terms of the question's clause of time ("how old was
// she when she learned to weld": learned, weld), which names the moment
// the age is asked at (Quirk et al., §15.25, clauses of time), or nil.
func whenClause(q *query) []term {
	at := -1
	for i, t := range q.toks {
		if t.lower == "when" && i > 0 {
			at = t.start
		}
	}
	if at < 0 {
		return nil
	}
	var out []term
	for _, t := range q.terms {
		if !lightVerbs[t.lower] && t.weight >= 0.2 && slices.ContainsFunc(q.toks, func(k token) bool { return k.start > at && k.lower == t.lower }) {
			out = append(out, t)
		}
	}
	return out
}

// ageAt finds the age the article gives person x at the moment clause
// names: an age whose sentence holds a word of the clause ("taught her to
// weld when she was 14"), else one whose sentence follows one that does
// in its paragraph ("died Sunday. She was 88."). Of several, the one
// whose sentence holds most of the clause's weight names its moment best
// ("learned to steer" is "taught her to steer", not "licensed her to
// steer"). With no clause it is the first age given.
func (e *Engine) ageAt(x int, clause []term) (quantity, *sentence, bool) {
	if len(clause) == 0 {
		return e.ageOf(x)
	}
	held := func(s *sentence) float64 {
		w := 0.0
		for _, t := range clause {
			if s.hasTerm(t) {
				w += t.weight
			}
		}
		return w
	}
	for pass := 0; pass < 2; pass++ {
		var best quantity
		var bestAt *sentence
		most := 0.0
		for i := range e.r.sents {
			s := &e.r.sents[i]
			at := s
			if pass == 1 {
				if i == 0 || e.r.sents[i-1].para != s.para {
					continue
				}
				at = &e.r.sents[i-1]
			}
			for _, n := range s.nums {
				if w := held(at); n.kind == qAge && w > most && (e.ownerOf(s, n.tok) == x || e.pronounOwner(s, n.tok) == x || e.premodifiedAge(s, n.tok) == x) {
					best, bestAt, most = n, s, w
				}
			}
		}
		if bestAt != nil {
			return best, bestAt, true
		}
	}
	return quantity{}, nil, false
}

// pronounAge reports whether n is an age said of a "he" or "she" ("when
// she was 14"), a person the pronoun refers to, not one a question
// describes.
func pronounAge(s *sentence, n quantity) bool {
	return n.tok >= 2 && (s.toks[n.tok-2].lower == "he" || s.toks[n.tok-2].lower == "she")
}

// pronounOwner is the person a "he" or "she" right before "be" and token
// i refers to ("He was 88.", "Okafor began singing when she was 6"), when
// the sentence names or refers to one person alone, or names one of the
// pronoun's gender as its subject ("Briggs joined Ellington's band in
// 1961, when he was 26": a pronoun in a subordinate clause takes the main
// clause's subject first, Grosz, Joshi and Weinstein 1995, centering, as
// reading.go's subjectPerson does across sentences); otherwise -1.
func (e *Engine) pronounOwner(s *sentence, i int) int {
	if i < 2 || s.toks[i-2].lower != "he" && s.toks[i-2].lower != "she" {
		return -1
	}
	var persons []int
	for _, p := range append(append([]int(nil), s.named...), s.refs...) {
		if e.r.ents[p].kind == knowledge.Person {
			persons = append(persons, p)
		}
	}
	if len(persons) == 1 {
		return persons[0]
	}
	g := byte('m')
	if s.toks[i-2].lower == "she" {
		g = 'f'
	}
	if x := e.r.subjectPerson(s, g); x >= 0 && s.toks[0].start < s.toks[i-2].start {
		return x
	}
	return -1
}

// ageWords writes an age as a phrase ("51", "31 years old").
func ageWords(n quantity) string {
	if n.approx != "" {
		return n.approx // "in her early 80s" (decadeage.go)
	}
	if n.ageIn != "" {
		return fmt.Sprintf("%g %s", n.value, n.ageIn) // "8 months" (infantage.go)
	}
	return scaledWords(n.value)
}

// ownerOf is the person named nearest before token i of s, within the same
// clause, whom a number or description there belongs to.
func (e *Engine) ownerOf(s *sentence, i int) int {
	best, bestAt := -1, -1
	reach := 6
	if i > 0 && (s.toks[i-1].lower == "age" || s.toks[i-1].lower == "aged") {
		reach = i // "Pruitt, who died in 1911 at age 74": the phrase says it is an age, and the person named nearest before it has it
	}
	for _, p := range s.named {
		if e.r.ents[p].kind != knowledge.Person {
			continue
		}
		at := e.lastPosition(s, p, i)
		if at >= 0 && s.toks[at].poss && at+1 < len(s.toks) && !s.toks[at+1].cap {
			continue // "Pike's great-grandson, a 6-year-old": a genitive determines the noun it precedes, whose the age is (Quirk et al. 1985, §5.115)
		}
		if at >= 0 && at > bestAt && i-at <= reach {
			best, bestAt = p, at
		}
	}
	return best
}

// lastPosition is the last token index before limit where p is named. A
// surname standing inside another person's full name is that person's
// ("Nora Vance, 34, … and Lena Vance, 29": the second "Vance" is Lena's;
// sharedsurname.go).
func (e *Engine) lastPosition(s *sentence, p, limit int) int {
	at := -1
	for i := 0; i < limit && i < len(s.toks); i++ {
		for _, f := range e.r.ents[p].forms {
			if matchForm(s.toks, i, f) && !e.surnameOfOther(s, p, i, len(f)) {
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

// asksMoney reports whether the question asks for an amount of money.
func (e *Engine) asksMoney(q *query) bool {
	for _, t := range q.toks {
		if moneyWords[t.lower] {
			return true
		}
	}
	return e.moneyNoun(measuredNoun(q.toks)) || e.moneyNoun(e.amountAsked(q)) || earningsAsked(q) || q.typ == tAmount && e.moneyNoun(whatHead(q)) // "whats the budget" (moneyhead.go)
}

// measuredNoun is the noun "how big/much is the N" asks about: the word
// after the copula and its determiner ("how big was the fine"), or "".
func measuredNoun(toks []token) string {
	for i := 0; i+3 < len(toks); i++ {
		if toks[i].lower != "how" || !copulas[toks[i+2].lower] {
			continue
		}
		k := i + 3
		if determiners[toks[k].lower] && k+1 < len(toks) {
			k++
		}
		return toks[k].lower
	}
	return ""
}

// moneyNoun reports whether WordNet classes w as a sum of money: a kind
// of outgo ("penalty", "fine", "toll"), of sum ("revenue"), of monetary
// value ("price") or of money ("budget").
func (e *Engine) moneyNoun(w string) bool {
	if e.noLex || stopWords[w] || !slices.Contains(e.lex.PartsOfSpeech(w), "noun") {
		return false
	}
	for _, root := range moneyRoots {
		if e.lex.KindOf(w, root) {
			return true
		}
	}
	return false
}

// copulas are the forms of "be" (Quirk et al., §3.12).
var copulas = set("is", "was", "are", "were", "be", "been", "'s")

// moneyRoots are WordNet's noun synsets under which the sums of money
// lie: {outgo, spending, expenditure, outlay}, {sum, amount of money},
// {monetary value, price, cost}, {money}, and money given or lent:
// {aid, economic aid, financial aid} ("grant", "subsidy",
// "scholarship") and {debt} ("loan", "mortgage").
var moneyRoots = []string{"outgo", "sum", "monetary_value", "money", "financial_aid", "debt"}

// countsMoney reports whether the noun counted is itself a word for money
// ("how much strike pay", "how much money"): a sum of money measures it.
func (q *query) countsMoney() bool {
	if len(q.focus) == 0 {
		return false
	}
	head := q.focus[len(q.focus)-1]
	for w := range moneyWords {
		if stemOf(w) == head {
			return true
		}
	}
	return false
}

// enumeration is a list of two or more capitalised items joined by commas
// and a final "and" or "or": "the Galveston, Freeport, Corpus Christi and
// Houston ports", "the British, Korean, …, and Russian ambassadors".
var enumeration = lazyRE(`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)+`)

// listCount answers "how many X" with the number of items in a list of X
// the best sentence gives, when it gives no number.
func (e *Engine) listCount(q *query) (reply, bool) {
	q = e.listQuery(q)
	for _, c := range e.rank(q, nil) {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		for _, loc := range enumeration.FindAllStringIndex(s.text, -1) {
			list := s.text[loc[0]:loc[1]]
			after := tokenize(s.text[loc[1]:])
			if len(after) == 0 || e.unitMatch(quantity{unit: after[0].stem, noun: after[0].lower}, q.counted()) <= 0 {
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

// listJoinRe is the "and" or "or" that joins a list's last items.
var listJoinRe = lazyRE(`\s+(?:and|or)\s+|^(?:and|or)\s+`)

// splitList splits a list's items at commas and "and"/"or".
func splitList(list string) []string {
	var out []string
	for _, part := range strings.Split(list, ",") {
		part = strings.TrimSpace(part)
		for _, sub := range listJoinRe.Split(part, -1) {
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

// measureOf is the dimension a unit stem measures, or "".
func measureOf(stem string) string {
	if stem == "" {
		return ""
	}
	return unitStems()[stem]
}

// isDimension reports whether stem names a dimension that units measure
// ("time", "weight", and money, measured in currency): "how much time" is
// answered in hours or days, "how much money" in dollars, so the article
// need not use the word.
func isDimension(stem string) bool {
	return dimensionStems()[stem]
}

// unitStems maps the stem of each of measureUnits to the dimension it
// measures (no two units of one stem measure different dimensions), and
// dimensionStems holds the stems of the dimensions and of "money": built
// once, as stemming every unit for every number checked was dear.
var (
	unitStems = sync.OnceValue(func() map[string]string {
		m := make(map[string]string, len(measureUnits))
		for u, dim := range measureUnits {
			m[stemOf(u)] = dim
		}
		return m
	})
	dimensionStems = sync.OnceValue(func() map[string]bool {
		m := map[string]bool{stemOf("money"): true}
		for _, dim := range measureUnits {
			m[stemOf(dim)] = true
		}
		return m
	})
)

// fitsMeasure reports whether a unit stem measures what "how ADJ" asks.
func fitsMeasure(adj, stem string) bool {
	dim := measureOf(stem)
	return dim != "" && slices.Contains(measureDimensions[adj], dim)
}

// namesPerson reports whether the question describes a person by a noun: a
// title, a relation, or an agent noun (English -er, -or, -ist, -ian:
// "firefighter", "investigator", "scientist", "librarian"), or, with
// WordNet, any noun it files under person ("woman").
func (e *Engine) namesPerson(q *query) bool {
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
	return !e.noLex && e.namesPersonNoun(q)
}

// allKnown reports whether the article uses every term of the question.
func (q *query) allKnown() bool {
	for _, t := range q.terms {
		if !t.known {
			return false
		}
	}
	return true
}

// otherActLasted reports whether n, a duration after "for" ("froze wages
// for four years"), is how long another act than the question's lasted.
// An adjunct of duration belongs to the verb of its clause (Quirk et al.,
// §8.58), so when the question asks how long an act went on ("how long
// has the plant been running": a word that can only be a verb, or a
// progressive participle) and neither that verb nor a WordNet synonym of
// it stands in the clause before "for", the duration is another act's.
// The clause runs back to its conjunction or punctuation, past the verb's
// object and a place adjunct, which stand between a verb and its adjunct
// of duration ("has lived in the same apartment on Birch Street for 19
// years": Quirk et al. 1985, ch. 8, on the relative order of adjuncts,
// place before time).
func (e *Engine) otherActLasted(q *query, s *sentence, n quantity) bool {
	k := n.tok - 1
	for k >= 0 && approximators[s.toks[k].lower] {
		k--
	}
	if e.noLex || measureOf(n.unit) != "time" || k < 1 || s.toks[k].lower != "for" {
		return false
	}
	verbs := e.actVerbs(q)
	if len(verbs) == 0 {
		return false
	}
	for j := k - 1; j >= clauseStart(s, k) && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		t := s.toks[j]
		if slices.ContainsFunc(verbs, t.meets) {
			return false
		}
	}
	return true
}

// actVerbs are the stems of q's words that are verbs there, one WordNet
// lists only as a verb or a progressive participle ("been running"), past
// the light verbs, with the article's words for them and their WordNet
// synonyms.
func (e *Engine) actVerbs(q *query) []string {
	var out []string
	for _, t := range q.terms {
		if lightVerbs[t.lower] || t.weight < 0.2 {
			continue
		}
		if pos := e.lex.PartsOfSpeech(t.lower); slices.Contains(pos, "verb") && (!slices.Contains(pos, "noun") || q.progressive(t)) {
			out = append(append(out, t.stem), t.alts...)
			for _, w := range e.lex.Synonyms(t.lower) {
				out = append(out, stemOf(w))
			}
		}
	}
	return out
}

// perfectBe reports whether q holds the perfect of "be" ("has been",
// "had been"): with "how long" it asks how long a state has lasted up to
// a time (Quirk et al., §4.22, the perfect with adjuncts of duration),
// which a span of time answers and a length does not.
func (q *query) perfectBe() bool {
	have := false
	for _, t := range q.toks {
		switch {
		case t.lower == "has" || t.lower == "have" || t.lower == "had":
			have = true
		case t.lower == "been" && have:
			return true
		}
	}
	return false
}

// broaderTerm reports whether w is a synonym of noun or its nearest
// broader term: one WordNet link from it, and among its hypernyms (the
// link may run the other way, to a narrower term: a bartender is an
// employee, but not every employee is one).
func (e *Engine) broaderTerm(noun, w string) bool {
	return slices.Contains(e.lex.Synonyms(noun), w) || slices.Contains(e.lex.Neighbours(noun), w) && e.lex.KindOf(noun, w)
}

// conjunctAsked reports whether n's noun phrase coordinates premodifiers
// ("current and former students") and the question names one conjunct
// but not the other: the count is of the union of the two sets, and a
// question asking one of them asks a part it does not give (Quirk et
// al., ch. 13, coordination of premodifiers).
func conjunctAsked(q *query, s *sentence, n quantity) bool {
	named := func(t token) bool { return slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) }
	for k := n.tok + 1; k+1 < n.end; k++ {
		if c := s.toks[k].lower; (c == "and" || c == "or") && named(s.toks[k-1]) != named(s.toks[k+1]) {
			return true
		}
	}
	return false
}

// measuresMass reports whether n, a measure in units ("14.6 inches"),
// measures the noun "how much" asks about. "Much" asks the quantity of a
// mass noun, which is told by a measure phrase, not counted (Quirk et al.,
// §5.8–5.9, partitives of measure: "an inch of rain"): the noun measured
// follows the unit after "of" ("14 inches of rain"), or is the subject of
// the clause whose complement the measure is ("Rainfall reached 14.6
// inches"), standing before it with no clause boundary between.
func measuresMass(q *query, s *sentence, n quantity) bool {
	if measureOf(n.unit) == "" || len(q.focus) == 0 {
		return false
	}
	counted := q.counted()
	meets := func(t token) bool { return slices.ContainsFunc(counted, t.meets) }
	if n.end+1 < len(s.toks) && s.toks[n.end].lower == "of" && meets(s.toks[n.end+1]) {
		return true
	}
	for j := n.tok - 1; j >= 0 && !punctuatedBetween(s.text, s.toks, j+1); j-- {
		if meets(s.toks[j]) {
			return true
		}
	}
	return false
}

// strandedPreposition reports whether q ends with a preposition whose
// object is the fronted wh-phrase ("how many ambassadors did he talk
// to": Quirk et al. 1985, §9.6, preposition stranding). The counted noun
// is then the act's partner, not its product, and the same partner may
// take part each time: "spoke twice with the ambassador" is two talks
// with one ambassador.
func strandedPreposition(q *query) bool {
	return len(q.toks) > 1 && prepositions[q.toks[len(q.toks)-1].lower]
}

// describedAt is the person token k of s describes ("the 17-year-old"),
// or -1.
func (e *Engine) describedAt(s *sentence, k int) int {
	if x, ok := e.descRefs[[2]int{e.indexOf(s), k}]; ok {
		return x
	}
	return -1
}

// measureForBareCount reports whether n is a measure ("seven years", "40
// miles") and q a bare "how many" with no noun, no measure and no
// occasions asked: such a question counts persons or things, which a
// measure is not (Quirk et al. 1985, ch. 5 on count nouns).
func measureForBareCount(q *query, n quantity) bool {
	return q.typ == tCount && q.measure == "" && len(q.focus) == 0 && n.kind == qCount && measureOf(n.unit) != "" && !occasionsAsked(q)
}
