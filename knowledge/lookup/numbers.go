package lookup

import (
	"slices"
	"strconv"
	"strings"
)

// quantityKind says what a number in the text measures.
type quantityKind int

const (
	qCount   quantityKind = iota // a plain number, usually of the noun after it
	qMoney                       // "$1.1 million"
	qPercent                     // "49.6%", "18 percent"
	qScore                       // "6-3", "3-1": a vote or a score
	qClock                       // "9:42 p.m."
	qYear                        // "2019"
	qOrdinal                     // "14th", "third"
	qAge                         // "Calloway, 51,", "a 31-year-old"
	qDay                         // the day of a date: "Dec. 29"
)

// quantity is one number read from a sentence, with what it counts.
type quantity struct {
	kind   quantityKind
	value  float64
	text   string   // verbatim span, e.g. "$1.1 million", "612,408 votes"
	tok    int      // index of the number's first token
	end    int      // index after its last token, unit included
	unit   string   // stem of the noun it counts ("vote", "counti"), if any
	mods   []string // stems of the words before that noun ("law", "enforc")
	whole  bool     // the whole of a partitive: 12 in "Four of the 12 bolts"
	part   bool     // the part of a partitive: four in "Four of the 12 bolts", six in "Six of the derailed cars"
	item   bool     // an item of a breakdown after a colon: seven in "eight counts: seven counts of fraud and …"
	noun   string   // the unit as written, lower case ("passengers")
	ageIn  string   // an age's unit of time shorter than a year, as written ("months" in "8 months old"), if any
	approx string   // an age given by its decade, as written ("in her early 80s"; decadeage.go), if any
}

// readQuantities finds the numbers of a sentence.
func readQuantities(s string, toks []token) []quantity {
	var qs []quantity
	for i := 0; i < len(toks); i++ {
		q, ok := readQuantity(s, toks, i)
		if !ok {
			continue
		}
		if n := len(qs); n > 0 && qs[n-1].end > q.tok && q.tok > qs[n-1].tok && qs[n-1].unit == q.unit {
			q.whole = true // "Four of the 12 bolts": 12 is the whole, four the part
			qs[n-1].part = true
		}
		qs = append(qs, q)
		i = max(i, q.numEnd(toks)-1)
		if belowZeroAt(toks, q.numEnd(toks)) {
			i = q.end - 1 // "12 below zero": its "zero" counts nothing (belowzero.go)
		}
	}
	qs = changeFractions(s, toks, tiebreakPoints(s, toks, joinDimensions(s, toks, joinCompoundMeasures(s, toks, qs))))
	markItems(s, toks, qs)
	inheritCompared(toks, qs)
	partOfThem(s, toks, qs)
	numeralPartitive(toks, qs) // "Three of the five" (numeralpartitive.go)
	frontedPartitive(s, toks, qs)
	wholeOfPartitive(toks, qs)
	outOfWhole(s, toks, qs) // "412 votes out of about 9,800 cast" (outofwhole.go)
	inheritTotal(toks, qs)
	inheritElidedSubject(s, toks, qs)
	inheritResultObject(s, toks, qs)
	readSpeeds(s, toks, qs)
	markStatedAges(toks, qs)
	markInfantAges(toks, qs)
	markIncluded(toks, qs) // after the elided units are inherited: "including six"
	return qs
}

// inheritTotal gives a bare running total, and a bare count of "more"
// or "others", the noun of the nearest count before it that has one
// ("others" is "other" with the head left out: Quirk et al., §6.56,
// the same ellipsis): "arrested 12
// people on Friday and eight more on Saturday, bringing the total to 20"
// counts people in "eight more" and in 20, the noun left out as it
// repeats (Quirk et al., §12.41). The ellipted head is recovered from the
// nearest noun phrase before it, its antecedent (Quirk et al., §12.31,
// anaphoric ellipsis), so "halted departures for four hours, canceling
// 1,150 flights and delaying 2,700 more" counts flights, not hours.
func inheritTotal(toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n := &qs[i]
		more := n.end < len(toks) && toks[n.end].lower == "more"
		others := n.noun == "others" // "One person was killed and 14 others were injured": other people
		if n.kind != qCount || n.unit != "" && !others || !more && !others && !totalAt(toks, *n) {
			continue
		}
		for _, p := range slices.Backward(qs[:i]) {
			if p.kind == qCount && p.unit != "" && p.unit != n.unit {
				n.unit, n.noun, n.mods = p.unit, p.noun, p.mods
				break
			}
		}
	}
}

// partOfThem reads a bare count followed by "of them" or "of those" as
// the part of a partitive whose whole is the count before it: "Illinois
// has nearly 26,800 bridges, and about 2,400 of them … are rated in poor
// condition". The pronoun refers back to the plural noun phrase before it
// (Quirk et al., §6.18, anaphoric personal pronouns; §5.9 on the of-
// partitive), so the part counts the same noun and the earlier count is
// its whole. A part is taken out of its whole and is never larger than
// it, so a smaller count is no antecedent: in "Over the following seven
// years, 866 of them were diagnosed", "them" are the people of an
// earlier sentence, not the seven years.
//
// The antecedent is the nearest plural noun phrase outside the pronoun's
// own clause, whose subject it cannot be (Quirk et al. 1985, §6.18; the
// pronoun object of a clause is not its subject): in "six other states
// have passed similar laws since 2023; courts have blocked four of
// them", "them" are the laws, not the states, and the count's noun is
// the one that plural heads.
func partOfThem(text string, toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n := &qs[i]
		if n.kind != qCount || n.unit != "" || n.end+1 >= len(toks) || toks[n.end].lower != "of" {
			continue
		}
		if w := toks[n.end+1].lower; w != "them" && w != "those" {
			continue
		}
		p := i - 1
		for p > 0 && (qs[p].kind != qCount || compoundModifier(qs[p])) {
			p--
		}
		if qs[p].kind != qCount || qs[p].unit == "" || qs[p].value < n.value {
			continue
		}
		if k := pluralBeforeClause(text, toks, qs[p].end, n.tok); k >= 0 && toks[k].stem != qs[p].unit {
			n.unit, n.noun, n.part = toks[k].stem, toks[k].lower, true // "similar laws …; courts have blocked four of them"
			continue
		}
		n.unit, n.noun, n.mods, n.part = qs[p].unit, qs[p].noun, qs[p].mods, true
		qs[p].whole = !exceptedPart(toks, *n)
	}
}

// pluralBeforeClause is the index of the last plural noun in lower case
// between tokens from and the opening of the clause that holds token at,
// when a new clause (conjunctOpener: a semicolon, or ", and" or ", but"
// before a subject) opens after from; -1 otherwise.
func pluralBeforeClause(text string, toks []token, from, at int) int {
	open := -1
	for _, m := range conjunctOpener.FindAllStringIndex(text, -1) {
		if from > 0 && m[0] >= toks[from-1].end && m[0] < toks[at].start {
			open = m[0]
		}
	}
	for k := at - 1; open >= 0 && k >= from; k-- {
		if w := toks[k].lower; toks[k].end <= open && !toks[k].cap && plural(w) && singular(w) != w && !stopWords[w] {
			return k
		}
	}
	return -1
}

// exceptedPart reports whether count n follows "all but": "but" is a
// preposition of exception there (Quirk et al. 1985, §9.58), so "rounded
// up all but three of them" tells the act of the whole less the part,
// and the whole is no mere set the part is taken from.
func exceptedPart(toks []token, n quantity) bool {
	return n.tok >= 2 && toks[n.tok-1].lower == "but" && toks[n.tok-2].lower == "all"
}

// inheritCompared gives a count after "up from" or "down from" the noun
// of the count before it: "delivered 212 babies last year, down from 340
// in 2015" compares 340 babies with 212, the head noun left out as the
// ellipsis of a noun phrase allows when it repeats (Quirk et al.,
// §12.41), the way news writing gives a figure beside an earlier one.
// The count before is the last with a noun, past the size of the change
// ("31,402 runners finished, up 12% from 28,037").
func inheritCompared(toks []token, qs []quantity) {
	for i := 1; i < len(qs); i++ {
		n, p := &qs[i], i-1
		for p > 0 && qs[p].kind == qPercent && changedFrom(toks, n.tok) {
			p--
		}
		prev := qs[p]
		if n.kind != qCount || n.unit != "" || prev.kind != qCount || prev.unit == "" || n.tok < 2 {
			continue
		}
		if changedFrom(toks, n.tok) || parallelFigure(toks, prev, *n) {
			n.unit, n.noun, n.mods = prev.unit, prev.noun, prev.mods
		}
	}
}

// changedFrom reports whether the number at i is the earlier figure of a
// change, after "up from" or "down from", the size of the change
// between them or not ("up 12% from 28,037", "down 30 percent from").
func changedFrom(toks []token, i int) bool {
	if i < 2 || toks[i-1].lower != "from" {
		return false
	}
	k := i - 2
	for k > 0 && (isNumeric(toks[k]) || toks[k].text == "%" || toks[k].lower == "percent") {
		k--
	}
	return toks[k].lower == "down" || toks[k].lower == "up"
}

// parallelFigure reports whether a bare count repeats the frame of the
// count before it: the same verb stands before each, past any
// approximator ("Bosco weighs about 2,900 pounds, and Nandi weighs about
// 2,600"), so the second clause is parallel to the first and leaves out
// the noun it repeats (Quirk et al., §12.41; §13.93 on parallel
// coordinate clauses).
func parallelFigure(toks []token, prev, n quantity) bool {
	a, b := frameWord(toks, prev.tok), frameWord(toks, n.tok)
	if a < 0 || b < 0 || b <= prev.end || stopWords[toks[a].lower] || isNumeric(toks[a]) {
		return false
	}
	return toks[a].stem == toks[b].stem
}

// frameWord is the index of the word before the number at i, past the
// approximators that hedge it, or -1.
func frameWord(toks []token, i int) int {
	k := i - 1
	for k >= 0 && numberApproximators[toks[k].lower] {
		k--
	}
	return k
}

// markItems marks the counts that itemise a total: after a colon, of the
// same noun as a count before it ("guilty on eight of the 12 counts:
// seven counts of wire fraud and one count of bribery"). A colon
// introduces a list that explains what precedes it (AP Stylebook,
// "colon"; Quirk et al., App. III, the colon of specification), so the
// items are parts of the total, not other counts of the noun.
func markItems(s string, toks []token, qs []quantity) {
	colon := strings.IndexByte(s, ':')
	if colon < 0 {
		return
	}
	for i := range qs {
		if qs[i].kind != qCount || qs[i].unit == "" || toks[qs[i].tok].start < colon {
			continue
		}
		for _, t := range qs[:i] {
			if t.kind == qCount && t.unit == qs[i].unit && toks[t.tok].start < colon {
				qs[i].item = true
			}
		}
	}
}

// markIncluded marks the counts "including" opens, with their noun left
// out, after a count of the same noun ("cited for 23 safety violations
// since 2019, including six for drivers' hours"): "including" introduces
// members of the set just named (Quirk et al. 1985, §9.59 on "including"
// and §17.65 on appositives of inclusion), so they are its items, as a
// colon's are, told apart by the words after them.
func markIncluded(toks []token, qs []quantity) {
	for i := range qs {
		if qs[i].kind != qCount || qs[i].unit == "" || qs[i].tok == 0 || toks[qs[i].tok-1].lower != "including" || qs[i].end > qs[i].numEnd(toks) {
			continue // "including 85 full-time workers" writes its noun, whose own premodifiers say which (premodifiedcount.go)
		}
		for _, t := range qs[:i] {
			if t.kind == qCount && t.unit == qs[i].unit {
				qs[i].item = true
			}
		}
	}
}

// numEnd is the end of the number's own tokens (before its unit noun).
func (q quantity) numEnd(toks []token) int {
	j := q.tok + 1
	if q.kind == qPercent && q.end > j && !strings.Contains(q.text, "%") && !strings.Contains(strings.ToLower(q.text), "percent") {
		return q.end // a ratio ("one in five") holds both its counts
	}
	for j < q.end && (scaleWords[toks[j].lower] > 0 || toks[j].text == "%" || toks[j].lower == "percent") {
		j++
	}
	return j
}

// numberAt reads the number at token i, written in figures or words, an
// indefinite article counting one unit ("for at least a month": one
// month) or "half a mile"; next is the token after it, where a scale word
// or the unit may follow.
func numberAt(toks []token, i int) (float64, quantityKind, bool, int) {
	if scoresNoun(toks, i) {
		return 0, 0, false, i + 1 // "raised its math scores": the noun, no quantifier
	}
	if v, kind, ok := numberValue(toks[i]); ok {
		if n, half := mixedHalf(toks, i+1); half && kind == qCount {
			return v + 0.5, kind, true, n // "two and a half hours" (mixedhalf.go)
		}
		return v, kind, true, i + 1
	}
	switch {
	case indefiniteSpan(toks, i) || indefiniteMeasure(toks, i):
		return 1, qCount, true, i + 1
	case halfUnit(toks, i):
		return 0.5, qCount, true, i + 2 // a half of one mile
	}
	if v, _, ok := fractionUnit(toks[i]); ok {
		return v, qCount, true, i + 1 // "a quarter-mile wide" (fractionunit.go)
	}
	return 0, 0, false, i + 1
}

// readQuantity reads the number starting at token i, if there is one.
func readQuantity(s string, toks []token, i int) (quantity, bool) {
	t := toks[i]
	if t.lower == "once" && formerOrSubordinateOnce(s, toks, i) {
		return quantity{}, false // "once employed 3,000 people": formerly, no count
	}
	v, kind, ok, next := numberAt(toks, i)
	if !ok && t.lower == "one" {
		if r, ok := pronounOne(s, toks, i); ok {
			return r, true // "one in five", "only one … is still running" (onlyone.go)
		}
	}
	if !ok {
		v, ok = numeralNoun(toks, i) // "a pair of chaperones": two chaperones
	}
	if !ok {
		if q, ok := fractionShare(s, toks, i); ok {
			return q, true // "about half of the stolen items" (fractionshare.go)
		}
		if q, ok := bothCount(s, toks, i); ok {
			return q, true // "both injured firefighters": two
		}
		if q, ok := singleCount(s, toks, i); ok {
			return q, true // "a single snowy owl": one (singlecount.go)
		}
		return wordQuantity(s, toks, i)
	}
	if kind == qScore && designatedFigure(toks, i) {
		return quantity{}, false // "Measure 15-210", "Route 9-1": a name's figure, no vote or score (identifier.go)
	}
	q := quantity{kind: kind, value: v, tok: i, end: i + 1}
	if kind == qCount && monthDay(s, toks, i, v) { // monthcomma.go
		q.kind, q.text = qDay, t.text
		return q, true
	}
	if i > 0 && toks[i-1].text == "$" {
		q.kind, q.tok = qMoney, i-1
	}
	j := q.readScale(toks, next)
	q.end = j
	if q.readToTally(s, toks, j == next) {
		return q, true // "approved 2,914 to 608" (votetally.go)
	}
	if q.readRatio(s, toks, j) {
		return q, true // "one in five kindergarteners": a share, not a count
	}
	if q.readUnitInWord(t) {
		return q, true
	}
	q.readUnitAfter(s, toks, i, j)
	q.text = strings.TrimRight(s[toks[numeralStart(toks, q.tok)].start:toks[q.end-1].end], ",;:")
	q.readVotesTally(s, toks) // "about 188,000 votes to 160,000" (votetally.go)
	return q, true
}

// readUnitInWord reads an age or a unit written into the figure's own
// word: "75-million-year-old", "45-minute", "2-acre", "6-foot-11". It
// reports whether the unit was found there, which ends the reading.
func (q *quantity) readUnitInWord(t token) bool {
	if _, u, ok := fractionUnit(t); ok && q.kind == qCount {
		q.unit, q.text = stemOf(u), t.text
		return true
	}
	if q.kind == qCount && strings.Contains(t.lower, "-year-old") {
		q.kind, q.value = qAge, q.value*scaledAgeWord(t.lower) // ageclauses.go
	}
	if _, rest, ok := strings.Cut(t.lower, "-"); ok && isNumeric(t) && q.kind == qCount && digitsAhead(rest) == 0 {
		if u, ok := hyphenUnit(rest); ok {
			q.unit, q.text = stemOf(u), t.text
			return true
		}
	}
	return false
}

// readUnitAfter reads what follows the figure at token i, whose scale
// words end before token j: a clock's "a.m.", the unit noun, or an age
// the clause gives the bare figure.
func (q *quantity) readUnitAfter(s string, toks []token, i, j int) {
	if q.kind == qCount && j < len(toks) && (toks[j].lower == "a.m." || toks[j].lower == "p.m.") {
		q.kind, q.end = qClock, j+1
	}
	if adverbialCount[toks[i].lower] {
		q.unit = "time" // "twice" is two times, whatever follows it
	} else if !punctuatedBetween(s, toks, j) {
		q.readUnit(s, toks, j)
		q.part = q.part && !isNumeralNoun(toks, i) // the of-phrase after "pair" is its members, no larger set
	}
	if q.kind == qCount && (appositiveAgeOf(s, toks, i) || q.unit == "" && (isPredicateAge(s, toks, i) || clauseAge(s, toks, i))) {
		q.kind = qAge
	}
}

// bothCount reads the dual determiner "both" before a plural noun
// phrase as the count two (Quirk et al. 1985, §5.16 and §5.20: "both"
// refers to two, as "the two" does): "both injured firefighters". Not
// the correlative "both … and" of coordination ("both homes and
// businesses", §13.33), whose parts are counted by nothing.
func bothCount(s string, toks []token, i int) (quantity, bool) {
	if toks[i].lower != "both" || i+1 >= len(toks) || punctuatedBetween(s, toks, i+1) {
		return quantity{}, false
	}
	stems, end := unitAfter(s, toks, i+1)
	if len(stems) < 2 || !plural(stems[1]) || end < len(toks) && (toks[end].lower == "and" || toks[end].lower == "or") {
		return quantity{}, false
	}
	for _, t := range toks[i+1 : end] {
		if t.lower == "and" || t.lower == "or" || t.cap {
			return quantity{}, false
		}
	}
	return quantity{kind: qCount, value: 2, tok: i, end: end, unit: stems[0], noun: stems[1], mods: stems[2:], text: s[toks[i].start:toks[end-1].end]}, true
}

// wordQuantity reads token i, which holds no figure, as an age by its
// decade ("a man in his 50s": decadeage.go) or a measure spelt in words
// ("a four-hour meeting").
func wordQuantity(s string, toks []token, i int) (quantity, bool) {
	if q, ok := decadeAge(s, toks, i); ok {
		return q, true
	}
	q, ok := spelledMeasure(toks[i])
	q.tok, q.end = i, i+1
	return q, ok
}

// hyphenUnit is the unit of a number's hyphenated compound after its
// digits: the word itself ("45-minute", "2-acre"), or a unit of length
// followed by a smaller count ("6-foot-11", "5-foot-6-inch"), the way AP
// style writes a height of feet and inches as a compound modifier (AP
// Stylebook, "dimensions": "the 5-foot-6-inch man"); the measure is of
// the larger unit's dimension. A unit followed by a dimension adjective
// ("a 28-mile-wide basin", "a 10-foot-deep pit") is the measure phrase
// "28 miles wide" hyphenated to premodify a noun (Quirk et al., §7.85 and
// §17.97; AP Stylebook, "dimensions": "the 7-foot-tall player").
func hyphenUnit(rest string) (string, bool) {
	u, more, ok := strings.Cut(rest, "-")
	if !ok {
		return rest, true
	}
	if measureUnits[u] == "length" && (digitsAhead(more) > 0 || dimensionAdjectives[more]) {
		return u, true
	}
	return "", false
}

// punctuatedBetween reports whether punctuation separates token j from the
// one before it: "a town of about 3,000, fire officials said" counts no
// fire officials.
func punctuatedBetween(s string, toks []token, j int) bool {
	if j <= 0 || j >= len(toks) || toks[j-1].end > toks[j].start {
		return false
	}
	return strings.ContainsAny(s[toks[j-1].end:toks[j].start], ",;:()—")
}

// readScale reads what follows a number's digits from token j: a scale
// word ("million"), a percent sign or word, a.m. or p.m. It returns the
// index after them.
func (q *quantity) readScale(toks []token, j int) int {
	if j < len(toks) && scaleWords[toks[j].lower] > 0 {
		q.value *= scaleWords[toks[j].lower]
		j++
	}
	switch {
	case j < len(toks) && (toks[j].text == "%" || toks[j].lower == "percent"):
		q.kind = qPercent
		j++
	case q.kind == qClock && j < len(toks) && (toks[j].lower == "a.m." || toks[j].lower == "p.m."):
		j++
	}
	return j
}

// deicticTime reports whether token k opens a time adverbial of a deictic
// determiner and a noun of time ("last year", "next week", "this
// season"; Quirk et al., §8.55 on deictic time adverbials).
func deicticTime(toks []token, k int) bool {
	switch toks[k].lower {
	case "last", "next", "this":
		return k+1 < len(toks) && (relativeDays[toks[k+1].lower] > 0 || toks[k+1].lower == "season")
	}
	return false
}

// readUnit reads the noun a count or ordinal counts, from token j; a
// currency makes the count money ("12 million euros").
func (q *quantity) readUnit(s string, toks []token, j int) {
	if q.readBelowZero(toks, j) {
		return // "12 below zero": a temperature (belowzero.go)
	}
	if q.kind != qCount && q.kind != qOrdinal {
		return
	}
	var stems []string
	stems, q.end = unitAfter(s, toks, j)
	if q.kind == qOrdinal {
		if st, end, ok := ordinalHead(s, toks, j); ok {
			stems, q.end = st, end // "the second major fire": fire, the head
		}
	}
	if st, end, ok := headOfAnimals(s, toks, stems, q.end); ok {
		stems, q.end = st, end // "60 head of cattle" counts cattle (headcount.go)
	}
	if len(stems) > 1 {
		q.unit, q.noun, q.mods = stems[0], stems[1], stems[2:]
		q.part = q.part || toks[j].lower == "of" // "Six of the derailed cars": a part of a set the sentence does not count
	} else if mods, ok := thosePartitive(s, toks, j); ok {
		q.part, q.mods = true, mods // "Eleven of those taken to hospitals": a part of the set the postmodifier defines
	}
	if q.end > 0 && currencies[toks[q.end-1].lower] && !weightNotMoney(toks, q.end) {
		q.kind = qMoney
	}
	if q.end > 0 && centWords[toks[q.end-1].lower] && q.end < len(toks) && (rateMarkers[toks[q.end].lower] || toks[q.end].lower == "apiece") {
		q.kind = qMoney // "40 cents each", "75 cents a gallon": a price (words.go)
	}
}

// scoresNoun reports whether "scores" at i is the plural of the noun
// "score" (a test's, a game's), not the quantifier: the quantifying noun
// takes an of-phrase ("scores of people": Quirk et al. 1985, §5.25), and
// without one the word is the common noun ("math scores rose").
func scoresNoun(toks []token, i int) bool {
	return toks[i].lower == "scores" && (i+1 >= len(toks) || toks[i+1].lower != "of")
}

// weightNotMoney reports whether the currency word ending at end is a unit
// of weight: "pound" names both, and AP style writes the British currency
// with its sign or as "pounds sterling" (AP Stylebook, "pound"), so a
// count of pounds without "sterling" is a weight ("weighs 2,900 pounds").
func weightNotMoney(toks []token, end int) bool {
	if measureUnits[toks[end-1].lower] == "" {
		return false
	}
	return end >= len(toks) || toks[end].lower != "sterling"
}

// numberValue reads one token as a number: digits with separators, a
// score or vote ("6-3"), a clock time, a year, an ordinal, or a number
// word ("Fifteen", "Thirty-eight", "twice").
func numberValue(t token) (float64, quantityKind, bool) {
	l := t.lower
	if !isNumeric(t) {
		return wordNumber(l)
	}
	if strings.Contains(l, ":") {
		h, _, _ := strings.Cut(l, ":")
		v, err := strconv.ParseFloat(h, 64)
		return v, qClock, err == nil
	}
	head, rest, hyph := strings.Cut(l, "-")
	if hyph && digitsAhead(rest) > 0 && digitsAhead(rest) == len(rest) {
		v, err := strconv.ParseFloat(head, 64)
		return v, qScore, err == nil
	}
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if n, ok := strings.CutSuffix(head, suf); ok && digitsAhead(n) == len(n) && n != "" {
			v, _ := strconv.ParseFloat(n, 64)
			return v, qOrdinal, true
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(head, ",", ""), 64)
	if err != nil {
		return 0, 0, false
	}
	if !strings.Contains(head, ",") && !strings.Contains(head, ".") && len(head) == 4 && v >= 1800 && v <= 2100 && !hyph {
		return v, qYear, true
	}
	return v, qCount, true
}

// wordNumber reads a number written in words ("nine", "Fifty-two",
// "twice", "third").
func wordNumber(l string) (float64, quantityKind, bool) {
	if v, ok := ordinalWords[l]; ok {
		return v, qOrdinal, true
	}
	if l == "one" || l == "half" {
		return 0, 0, false // "one" is more often a pronoun in news prose
	}
	if v, ok := numberWords[l]; ok {
		return v, qCount, true
	}
	if vagueNumbers[l] {
		return -1, qCount, true // a number the text does not give exactly
	}
	a, b, ok := strings.Cut(l, "-")
	if !ok {
		return 0, 0, false
	}
	va, oka := numberWords[a]
	vb, okb := numberWords[b]
	if a == "half" && okb && vb >= 12 {
		return vb / 2, qCount, true // "a half-dozen buildings": six (Merriam-Webster, "half-dozen")
	}
	if oka && okb && va >= 20 && vb < 10 {
		return va + vb, qCount, true
	}
	if vb, okb := ordinalWords[b]; oka && okb && va >= 20 {
		return va + vb, qOrdinal, true
	}
	return 0, 0, false
}

// formerOrSubordinateOnce reports whether "once" at token i is no count
// of times: before the verb it is the time adjunct "formerly" ("The plant
// once employed more than 3,000 people"), and before a clause's subject
// the subordinator "as soon as" ("once the water recedes"), while the
// count stands after its verb or before "a" of a frequency ("met once",
// "once a week"; Quirk et al. 1985, §8.64 and §14.12).
func formerOrSubordinateOnce(s string, toks []token, i int) bool {
	if i+1 >= len(toks) || punctuatedBetween(s, toks, i+1) {
		return false
	}
	n := toks[i+1].lower
	return strings.HasSuffix(n, "ed") || auxiliaries[n] || beForms[n] || subjectPronouns[n] || n == "it" || determiners[n] && n != "a" && n != "an"
}

// adverbialCount are number words that count times, not a noun.
var adverbialCount = set("once", "twice", "thrice")

// properModifier reports whether the capitalised token k premodifies a
// common noun that follows within two words ("North American zoos",
// "Kenyan runners"): proper nouns and adjectives stand before the head of
// a noun phrase (Quirk et al., §17.108), so the counted noun is that head.
func properModifier(toks []token, k int) bool {
	for m := k + 1; m < len(toks) && m <= k+2; m++ {
		t := toks[m]
		switch {
		case t.cap:
			continue
		case stopWords[t.lower] || isNumeric(t) || toks[m-1].end < t.start-1:
			return false
		default:
			return true
		}
	}
	return false
}

// unitAfter finds the noun phrase a number counts: up to three content
// words after it, passing over a partitive "of (the) X's" ("Fifteen of
// Nevada's 17 counties"). The unit is the phrase's head, its last plural
// noun as English puts the head last ("law enforcement agencies"), and
// the other words are kept as modifiers. It returns the unit's stems and
// the end of the quantity. The head's stem and its written form come
// first, then the modifiers' stems. A noun phrase ends at a comma or other
// punctuation, as does "520 of the plant's employees, said members",
// whose "members" begins another clause. The postdeterminer "other"
// stands between a cardinal and its noun ("four other plants"; Quirk et
// al., A Comprehensive Grammar of the English Language, 5.19-5.23), so
// the noun after it is what is counted.
func unitAfter(s string, toks []token, j int) ([]string, int) {
	k, partitive := skipPartitive(toks, j)
	var run []token
	for ; k < len(toks) && (len(run) < 3 || len(run) < 5 && !pluralInRun(run)); k++ { // "140 retired mail carrier uniforms" (pluralInRun)
		t := toks[k]
		if partitive && len(run) == 0 && namedPlural(t) {
			run = append(run, t) // "38 of its A220s", "three of the Democrats": the set is named
			break
		}
		if t.cap && properModifier(toks, k) && !punctuatedBetween(s, toks, k) {
			run = append(run, t) // "19 North American zoos": a proper adjective before the counted noun
			continue
		}
		if identifierHeads[t.lower] && k+1 < len(toks) && isNumeric(toks[k+1]) {
			run = append(run, t) // "16 Route 4 buses": a named one of a series premodifies the counted noun
			k++
			continue
		}
		if coordinatedModifier(toks, k, run) {
			continue // "212,000 current and former students": one head, two premodifiers
		}
		if len(run) == 0 && otherAfterCardinal(t, partitive) {
			continue // "four other plants": a postdeterminer after the cardinal, not the counted noun
		}
		if endsCountedPhrase(s, toks, k, run) {
			break
		}
		run = append(run, t)
		if measureUnits[t.lower] != "" && t.lower != "square" {
			break // "45 feet long and weighs 38 tons": a unit of measure heads its phrase
		}
	}
	if len(run) == 0 {
		return nil, j
	}
	head := pluralHead(run)
	stems := []string{run[head].stem, run[head].lower}
	for _, t := range run[:head] {
		stems = append(stems, t.stem)
	}
	end := j
	for end < len(toks) && toks[end].end <= run[head].end {
		end++
	}
	return stems, end
}

// endsCountedPhrase reports whether token k, after the words run has
// gathered, ends the noun phrase a number counts.
func endsCountedPhrase(s string, toks []token, k int, run []token) bool {
	t := toks[k]
	switch {
	case notCountedWord(t):
		return true // "19 still have": an adverb, no counted noun (adverbnotunit.go)
	case len(run) > 0 && (strings.HasSuffix(t.lower, "ed") && !adverbOpensRun(run) || punctuatedBetween(s, toks, k)):
		return true // "350 people stacked sandbags": the verb ends the noun phrase
	case deicticTime(toks, k):
		return true // "from 28,037 last year": a time adverbial, not what is counted
	case len(run) > 0 && cardinalOpens(t):
		return true // "Three fishermen spent nearly six hours": a cardinal opens a noun phrase of its own
	case strings.HasSuffix(t.lower, "ing") && pluralInRun(run):
		return true // "43 crashes involving cyclists": a participle after the plural head postmodifies it (Quirk et al. 1985, §17.27)
	}
	return prepositionEndsHead(t, run) // "60,000 copies within hours": the head is before its postmodifier (prepositionhead.go)
}

// adverbOpensRun reports whether the counted phrase so far is one -ly
// adverb right after the number ("Two critically endangered tiger
// cubs"): an adverb there can only premodify an adjective (Quirk et al.
// 1985, §7.46 on adverbs as modifiers of adjectives), so the -ed word
// after it is that adjective, not the clause's verb.
func adverbOpensRun(run []token) bool {
	return len(run) == 1 && strings.HasSuffix(run[0].lower, "ly")
}

// ordinalHead is the noun an ordinal at j-1 places in its series, with
// its premodifiers: an ordinal takes a singular head (Quirk et al. 1985,
// §6.66), which pluralHead cannot tell from a premodifier, and the head
// stands last among the content words after the ordinal (§17.98: "the
// second major fire", "the third straight year"), before a determiner,
// a preposition (phraseEnders too: "a lone otter along the breakwater"),
// a relative or infinitive clause's first word, a participle or
// punctuation ("the second time a snowy owl …"). The
// stems are as unitAfter's; ok is false when no word follows.
func ordinalHead(s string, toks []token, j int) ([]string, int, bool) {
	k := j
	for k < len(toks) && k < j+4 && !stopWords[toks[k].lower] && !prepositions[toks[k].lower] && !phraseEnders[toks[k].lower] && !isNumeric(toks[k]) {
		if k > j && (punctuatedBetween(s, toks, k) || strings.HasSuffix(toks[k].lower, "ed")) {
			break
		}
		k++
	}
	if k == j {
		return nil, j, false
	}
	stems := []string{toks[k-1].stem, toks[k-1].lower}
	for _, t := range toks[j : k-1] {
		stems = append(stems, t.stem)
	}
	return stems, k, true
}

// cardinalOpens reports whether t is a cardinal numeral written alone
// ("six", "14"), which determines a noun phrase of its own (Quirk et al.
// 1985, §5.9 on the cardinals as postdeterminers, one to a phrase), so a
// counted noun is never read past it; a compound with a unit ("12-hour")
// premodifies the head as an adjective does ("three 12-hour shifts").
func cardinalOpens(t token) bool {
	if strings.Contains(t.lower, "-") {
		return false
	}
	_, kind, ok := numberValue(t)
	return ok && kind == qCount
}

// otherAfterCardinal reports whether t is the postdeterminer "other"
// right after a cardinal that counts no partitive's set.
func otherAfterCardinal(t token, partitive bool) bool {
	return !partitive && t.lower == "other"
}

// coordinatedModifier reports whether token k is an "and" or "or" that
// joins two premodifiers of one head ("current and former students"): a
// word before it that is no plural head, and a lower-case content word
// after it (Quirk et al., ch. 13, coordination of premodifiers in the
// noun phrase). A plural before it is a head coordinated with another
// ("homes and businesses", "women and six men", a plural by a change of
// vowel too), which ends the phrase as before.
func coordinatedModifier(toks []token, k int, run []token) bool {
	if k+1 >= len(toks) || toks[k].lower != "and" && toks[k].lower != "or" || len(run) == 0 || plural(run[len(run)-1].lower) || mutatedPlural(run[len(run)-1].lower) {
		return false
	}
	n := toks[k+1]
	return !stopWords[n.lower] && !n.cap && !isNumeric(n) && toks[k].end < n.start
}

// skipPartitive passes over a partitive "of (the) X's" after a number at
// j ("Fifteen of Nevada's 17 counties"), returning where the counted noun
// phrase starts and whether there was one. The whole's postdeterminers
// are passed too: an ordinal before its cardinal ("four of its last six
// games") and a cardinal in words before its noun (Quirk et al. 1985,
// §5.20-5.21: the postdeterminers, ordinals before cardinals). A cardinal
// before a function word heads its phrase ("Three of the five had never
// rowed"; numeralpartitive.go) and is kept.
func skipPartitive(toks []token, j int) (int, bool) {
	if j >= len(toks) || toks[j].lower != "of" {
		return j, false
	}
	k := genitiveEnd(toks, j+1)
	for k < len(toks) && (toks[k].lower == "the" || skipApproximators(toks, k) > k || possessiveDeterminers[toks[k].lower] || toks[k].poss || isNumeric(toks[k]) && !namedPlural(toks[k]) || postdeterminerAt(toks, k)) {
		k++
	}
	return k, true
}

// ordinalsBeforeCardinals are the ordinals and general ordinals that
// stand before a cardinal among a noun phrase's postdeterminers ("the
// last six games", "the past five years", "their first three games":
// Quirk et al. 1985, §5.20-5.21).
var ordinalsBeforeCardinals = set("first", "last", "next", "past", "previous", "other")

// postdeterminerAt reports whether token k is an ordinal followed by a
// cardinal, or a cardinal in words followed by a word that is no
// function word: a postdeterminer of the noun that comes after them.
func postdeterminerAt(toks []token, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	next := toks[k+1].lower
	if ordinalsBeforeCardinals[toks[k].lower] {
		return cardinalToken(next)
	}
	_, word := numberWords[toks[k].lower]
	return word && cardinalToken(toks[k].lower) && next != "" && !stopWords[next] && !toks[k+1].cap && !isNumeric(toks[k+1])
}

// pluralInRun reports whether run holds a plural noun. A cardinal above one
// takes a plural head (Quirk et al. 1985, §5.9 and §5.83), and a noun
// phrase puts its head last after any premodifiers, participles and
// nouns among them (§17.98–§17.108: "140 retired mail carrier
// uniforms"), so a run of premodifiers with no plural in it has not yet
// reached the head the number counts.
func pluralInRun(run []token) bool {
	return slices.ContainsFunc(run, func(t token) bool {
		return strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") || mutatedPlural(t.lower)
	})
}

// pluralHead is the index of a noun phrase's head: its last plural noun,
// as English puts the head last ("law enforcement agencies"), a plural
// by a change of vowel too ("25,000 square feet": mutatedPlural), or 0.
func pluralHead(run []token) int {
	head := 0
	for i, t := range run {
		if strings.HasSuffix(t.lower, "s") && !strings.HasSuffix(t.lower, "ss") || mutatedPlural(t.lower) {
			head = i
		}
	}
	return head
}

// possessiveDeterminers are the possessive pronouns that stand as
// determiners before a noun (Quirk et al., §6.29: "38 of its jets").
var possessiveDeterminers = set("its", "their", "his", "her", "our", "my", "your")

// namedPlural reports whether a token is the plural of a name or a model
// ("A220s", "Democrats"): capitalised, ending in a plural -s.
func namedPlural(t token) bool {
	return t.cap && len(t.lower) > 2 && strings.HasSuffix(t.text, "s") && !strings.HasSuffix(t.text, "ss") && !t.poss
}

// isAppositiveAge reports whether a bare number is a person's age in AP
// style: set off by commas right after a name ("Calloway, 51, a former
// teacher"), or by a comma and the sentence's end ("…," said Paul Okonjo, 54.).
func isAppositiveAge(s string, toks []token, i int) bool {
	t := toks[i]
	if i == 0 || !toks[i-1].cap || t.lower != t.text || strings.ContainsAny(t.text, ",.") {
		return false
	}
	before := s[toks[i-1].end:t.start]
	after := ""
	if i+1 < len(toks) {
		after = s[t.end:toks[i+1].start]
	} else {
		after = s[t.end:]
	}
	v, _ := strconv.Atoi(t.text)
	closes := i+1 == len(toks) && strings.HasPrefix(strings.TrimSpace(after), ".") // "said the chief executive, Paul Okonjo, 54."
	return strings.TrimSpace(before) == "," && (strings.HasPrefix(strings.TrimSpace(after), ",") || closes) && v > 0 && v < 120
}

// isPredicateAge reports whether a bare number is a person's age as the
// complement of "be" after a personal pronoun, closing its sentence ("He
// was 88.") or a clause of time ("when she was 14"). English gives a person's age by the number alone after "be"
// ("she is 40": the age complement, Quirk et al., §16.44), and obituaries
// close their lead with it (AP Stylebook, "obituaries").
func isPredicateAge(s string, toks []token, i int) bool {
	closes := i+1 == len(toks) && strings.HasPrefix(strings.TrimSpace(s[toks[i].end:]), ".")
	if i < 2 || !closes && (i < 3 || toks[i-3].lower != "when") {
		return false // "He was 88." closing its sentence, or "when she was 14"
	}
	subj, verb := toks[i-2].lower, toks[i-1].lower
	v, err := strconv.Atoi(toks[i].text)
	return (subj == "he" || subj == "she") && (verb == "was" || verb == "is") && err == nil && v > 0 && v < 120
}

// spanCues are the words that put a span of time after them: the
// preposition of duration "for" and the approximators and comparatives
// before a quantity (Quirk et al. 1985, §8.56 on adjuncts of duration;
// §5.25 on approximators).
var spanCues = set("for", "least", "than", "about", "nearly", "almost", "roughly", "within", "over", "only", "just")

// singularTimeUnits are the units of time a span is counted in.
var singularTimeUnits = set("second", "minute", "hour", "day", "week", "month", "year", "decade", "century")

// indefiniteSpan reports whether token i is "a" or "an" counting one unit
// of time after a word of duration: "for at least a month", "in less than
// an hour". The indefinite article is the numeral one unstressed (Quirk et
// al., §5.11).
func indefiniteSpan(toks []token, i int) bool {
	l := toks[i].lower
	return (l == "a" || l == "an") && i > 0 && i+1 < len(toks) && spanCues[toks[i-1].lower] && singularTimeUnits[toks[i+1].lower]
}
