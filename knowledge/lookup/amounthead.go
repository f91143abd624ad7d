package lookup

import (
	"slices"
	"strings"
)

// What a sum of money is the amount of (part of stage 4). A count names
// what it counts by the noun after it ("640 jobs"); a sum of money names
// what it is the amount of in one of three places of its noun phrase
// (Quirk et al., §17.108 on premodification by a measure phrase, §17.37
// on postmodification by a prepositional phrase):
//
//   - before the noun, as a measure premodifier: "a $50,000 reward",
//     "a $12 million civil penalty", "a $1.1 billion weather satellite";
//   - after it, in "in" and a plural: "$18,000 in repairs";
//   - as the complement of a noun: "a profit of $214 million", "fines
//     totaling $31,700", "a landscape valued at $1.8 million".
//
// A question that asks the size of a thing ("how big was the fine", "how
// much does the satellite cost") is answered by a sum named as that
// thing's, and not by one named as another thing's ("$18,000 in repairs"
// is no fine). Where the sentence names no thing, the sum's verb says
// what it is, and the ranking weighs it as before.

// amountHead is the token index of the noun money figure n of s is the
// amount of, or the noun a measure compound premodifies, or the noun of
// a percentage's own phrase (percenthead.go), or -1. A running total is of the same thing as the sum
// before it it adds up (runningTotal).
func (e *Engine) amountHead(s *sentence, n quantity) int {
	if measureCompound(s, n) {
		return e.premodifiedNoun(s, n) // "the 63-page report": the report's length
	}
	if n.kind == qPercent {
		return e.ownAmountHead(s, n) // "a premium of 31%": the premium's size (percentHead)
	}
	if n.kind != qMoney {
		return -1
	}
	if h := e.ownAmountHead(s, n); h >= 0 && !totalNouns[s.toks[h].lower] {
		return h
	}
	if !runningTotal(s, n) {
		return -1
	}
	for _, m := range s.nums {
		if m.kind == qMoney && m.tok < n.tok {
			if h := e.ownAmountHead(s, m); h >= 0 && !totalNouns[s.toks[h].lower] {
				return h // "a $50,000 reward …, bringing the total to $75,000": the reward's total
			}
		}
	}
	return -1
}

// measureCompound reports whether count n is a hyphenated compound of a
// number and its unit ("63-page", "45-minute", "2-acre"), which AP style
// writes before the noun it measures (AP Stylebook, "dimensions": "the
// 5-foot-6-inch man"), so the noun after it is what it is the measure of.
func measureCompound(s *sentence, n quantity) bool {
	return n.kind == qCount && compoundModifier(n) && strings.Contains(s.toks[n.tok].text, "-")
}

// ownAmountHead is the noun of n's own phrase that n is the amount of:
// the noun it premodifies, the plural after "in", or the noun before
// "of", "totaling", "worth" or "valued at"; -1 when there is none.
func (e *Engine) ownAmountHead(s *sentence, n quantity) int {
	toks := s.toks
	if h := e.premodifiedNoun(s, n); h >= 0 {
		return h
	}
	if k := n.end; k+1 < len(toks) && toks[k].lower == "in" && plural(toks[k+1].lower) && e.isNoun(toks[k+1]) && !punctuatedBetween(s.text, toks, k) {
		return k + 1 // "$18,000 in repairs"
	}
	k := n.tok - 1
	for k >= 0 && approximators[toks[k].lower] && toks[k].lower != "at" {
		k--
	}
	if k >= 1 && toks[k].lower == "at" && toks[k-1].lower == "valued" {
		k-- // "a landscape valued at about $1.8 million"
	}
	if h := e.costSubject(s, k); h >= 0 {
		return h // "the recall to cost $18 million": the recall's cost
	}
	if h := e.changeLevelHead(s, n); h >= 0 {
		return h // "revenue slipped 3% to $2.4 billion": revenue's level
	}
	if h := e.copularSubjectHead(s, k); h >= 0 {
		return h // "The current toll is $4": the toll's amount (copularamount.go)
	}
	if k < 1 || !amountComplements[toks[k].lower] {
		return -1
	}
	if h := k - 1; !stopWords[toks[h].lower] && e.isNoun(toks[h]) && !punctuatedBetween(s.text, toks, k) {
		return h
	}
	return -1
}

// amountComplements are the words that join a noun to the sum that is its
// amount: "a profit of $214 million", "fines totaling $31,700", "a
// contract worth $118 million", "a painting valued at $1.8 million".
var amountComplements = set("of", "totaling", "totalling", "worth", "valued")

// premodifiedNoun is the head of the noun phrase that money figure n
// premodifies ("a $12 million civil penalty"): premodifiedHead with
// nouns only.
func (e *Engine) premodifiedNoun(s *sentence, n quantity) int {
	return e.premodifiedHead(s, n.end, false)
}

// premodifiedHead is the head noun of the noun phrase whose premodifiers
// begin at token k of s: the last of up to four lower-case nouns, with no
// punctuation, figure, time word or function word between, as English
// puts the head last; with adjectives, adjectives may come first
// ("wooden dock", "steel truss bridge"; Quirk et al. 1985, §17.101, the
// order of premodifiers), and a participial adjective in -ing may come
// first in any case ("operating budget"). A word in -ed, or an irregular past form after
// the head (irregularVerbForm), is a participle, no head. -1
// when no noun follows.
func (e *Engine) premodifiedHead(s *sentence, k int, adjectives bool) int {
	head := -1
	for i := k; i < len(s.toks) && i < k+4; i++ {
		t := s.toks[i]
		if stopWords[t.lower] || particles[t.lower] || quasiCoordinators[t.lower] || t.cap || isNumeric(t) || punctuatedBetween(s.text, s.toks, i) || deicticTime(s.toks, i) {
			break // "a 235-year-old church organ back to life": the particle of "bring back" ends the phrase; "a $75 fine plus towing costs": the fine's
		}
		switch {
		case head >= 0 && e.irregularVerbForm(t.lower):
			return head // "a $6.8 million restoration paid for by donors": a reduced relative clause
		case e.presentVerbAfter(s, head, i):
			return head // "the 84-year-old steel bridge carries about 12,000 vehicles": the verb, not a compound (presentverbhead.go)
		case e.isNoun(t) && !strings.HasSuffix(t.lower, "ed"):
			head = i
		case adjectives && head < 0 && e.canBe(t.lower, "adj"):
		case head < 0 && strings.HasSuffix(t.lower, "ing") && e.canBe(t.lower, "adj"):
			// "a $1.2 billion operating budget": a participial adjective
			// classing the head (Quirk et al. 1985, §17.101, participles
			// among premodifiers); with no noun after it, no head
		default:
			return head
		}
	}
	return head
}

// irregularVerbForm reports whether w is an irregular past form of a
// verb by WordNet's exception lists ("paid", "built", "sold") and no noun
// in its own right: after a head noun it opens a participle clause that
// postmodifies it (Quirk et al., §17.30, reduced relative clauses), as a
// form in -ed does, and continues no compound.
func (e *Engine) irregularVerbForm(w string) bool {
	if e.noLex {
		return false
	}
	base := e.lex.Lemma(w)
	return base != "" && base != w && e.canBe(base, "verb") && len(e.lex.Glosses(w, "noun")) == 0
}

// isNoun reports whether WordNet lists t as a noun; without a lexicon,
// any content word may be.
func (e *Engine) isNoun(t token) bool {
	return e.noLex || slices.Contains(e.lex.PartsOfSpeech(t.lower), "noun") || slices.Contains(e.lex.PartsOfSpeech(singular(t.lower)), "noun")
}

// totalNouns are the nouns that name a sum as the whole of its parts,
// not a thing of its own ("bringing the total to $75,000").
var totalNouns = set("total", "sum", "tally", "all")

// runningTotal reports whether money figure n is the total of sums
// before it: after "total to", "total of", "totaling", or followed by "in
// all", "in total", "altogether" or "combined". News writing reports a
// sum that grows by giving the addition and then the running total
// ("has added $25,000, bringing the total to $75,000"); the total is the
// thing's size now, each earlier sum a part of it.
func runningTotal(s *sentence, n quantity) bool { return totalAt(s.toks, n) }

// totalAt is runningTotal over a sentence's tokens.
func totalAt(toks []token, n quantity) bool {
	k := n.tok - 1
	for k >= 0 && approximators[toks[k].lower] {
		k--
	}
	if k >= 0 && (toks[k].lower == "totaling" || toks[k].lower == "totalling") {
		return true
	}
	if k >= 1 && (toks[k].lower == "to" || toks[k].lower == "of") && totalNouns[toks[k-1].lower] {
		return true
	}
	if j := n.end; j < len(toks) {
		switch toks[j].lower {
		case "altogether", "combined":
			return true
		case "in":
			return j+1 < len(toks) && (toks[j+1].lower == "all" || toks[j+1].lower == "total")
		}
	}
	return false
}

// amountAsked is the noun whose amount a money question asks, as
// written: "how big was the fine" asks the fine's, "how much does the
// satellite cost" the satellite's, "how much is the painting worth" the
// painting's; "" when the question names none. It is the head of the
// noun phrase after the copula, or of the subject of "cost" or "be
// worth", the verbs whose complement is a thing's price.
func (e *Engine) amountAsked(q *query) string {
	price := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "cost" || t.lower == "costs" || t.lower == "worth" })
	if start := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == measuredNoun(q.toks) }); start >= 0 {
		end := len(q.toks)
		if price > start {
			end = price // "how much are the paintings worth": the paintings
		}
		return e.phraseHead(q, start, end)
	}
	for i := 1; i < price; i++ {
		if q.toks[i-1].lower == "much" && auxiliaries[q.toks[i].lower] {
			k := i + 1
			for k < price && (determiners[q.toks[k].lower] || possessiveDeterminers[q.toks[k].lower]) {
				k++
			}
			return e.phraseHead(q, k, price) // "how much did the repairs to the fence cost": the repairs
		}
	}
	return ""
}

// phraseHead is the head of the question's noun phrase starting at token
// start, before token end: the last noun of the run of question terms
// there, as English puts the head last ("the breakup fee", "the pension
// payment"); a name, a function word, a word the question does not weigh
// ("now"), an -ing form after a noun ("the bus line going to cost"), a
// time adverbial ("last year") or a preposition ends the phrase ("the
// repairs to the fence"). It
// is "" when the phrase is the pro-form "one" (Quirk et al., §6.48: "the
// priciest one" names no noun of its own) or the subject of a
// progressive ("how much is the museum offering").
func (e *Engine) phraseHead(q *query, start, end int) string {
	head := -1
	for k := start; k < end; k++ {
		t := q.toks[k]
		isTerm := slices.ContainsFunc(q.terms, func(m term) bool { return m.lower == t.lower })
		if amplifierBeforeHead(q, k, head, isTerm) {
			continue // "the total budget": the budget
		}
		if stopWords[t.lower] || q.nameToks[k] || !isTerm && t.lower != "one" || head >= 0 && strings.HasSuffix(t.lower, "ing") || deicticTime(q.toks, k) {
			break
		}
		if e.isNoun(t) || respeltTerm(q, t.lower) || head < 0 && gerundHead(q.toks, k, end) {
			head = k
		}
	}
	if head < 0 || q.toks[head].lower == "one" || progressiveAfter(q.toks, head) {
		return ""
	}
	return q.toks[head].lower
}

// respeltTerm reports whether question word w is a term the article
// knows by another spelling ("sattelite": satellite), which WordNet,
// not listing the typo, cannot class as a noun.
func respeltTerm(q *query, w string) bool {
	return slices.ContainsFunc(q.terms, func(t term) bool { return t.lower == w && len(t.alts) > 0 })
}

// progressiveAfter reports whether question token i is followed by an
// -ing participle: "be" is then the progressive auxiliary and the noun
// the subject of the verb ("how much is the museum offering"; be + -ing,
// Quirk et al., ch. 4), not the thing whose size is asked.
func progressiveAfter(toks []token, i int) bool {
	return i+1 < len(toks) && strings.HasSuffix(toks[i+1].lower, "ing")
}

// amountNamed reports whether the article names some sum as the amount
// of the noun q asks the size of ("how big is the prize": "a $5,000
// prize"), so that a sum of money answers though WordNet does not class
// the noun as money.
func (e *Engine) amountNamed(q *query) bool { return e.namedOfKind(q, qMoney) }

// namedOfKind reports whether the article names some figure of kind k as
// the amount of the noun q asks the size of (amountNamed for sums,
// percentNamed for percentages).
func (e *Engine) namedOfKind(q *query, k quantityKind) bool {
	if e.amountAsked(q) == "" {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if n.kind == k && e.headFit(q, s, n) > 0 {
				return true
			}
		}
	}
	return false
}

// headFit is 1 when money figure n of s is named as the amount of the
// noun q asks the amount of, -1 when it is named as another thing's, 0
// when either is unnamed. The thing is the noun itself, a synonym the
// article uses for it ("penalty" for "fine"), a kind of it in WordNet, or
// a head that a hyphenated compound modifier ending in the noun classes
// as one ("the lump-sum option of $401 million" is the lump sum).
func (e *Engine) headFit(q *query, s *sentence, n quantity) int {
	asked := e.amountAsked(q)
	h := e.amountHead(s, n)
	if h < 0 && n.kind == qMoney && e.askedInHead(q, s, n) {
		return 1 // "how much aid": "$12 million in emergency aid" (suminphrase.go)
	}
	if asked == "" || h < 0 || e.gerundUnplaced(asked, s, n, h) {
		return 0
	}
	t := s.toks[h]
	if t.meets(stemOf(asked)) {
		return 1
	}
	for _, m := range q.terms {
		if m.lower == asked && slices.ContainsFunc(m.alts, t.meets) {
			return 1
		}
	}
	if a := singular(asked); !e.noLex && (e.lex.KindOf(singular(t.lower), a) || slices.Contains(e.lex.Synonyms(a), singular(t.lower))) {
		return 1
	}
	if h > 0 && strings.HasSuffix(s.toks[h-1].lower, "-"+singular(asked)) {
		return 1 // "the lump-sum option of $401 million": a hyphenated compound modifier ending in the asked noun classes the head as one (AP Stylebook, "hyphen": compound modifiers)
	}
	return -1
}

// runningTotalWeight weighs a figure in a sentence that gives a running
// total (runningTotal) and the figures it adds up. A question that names
// what sets one part apart, a word or name of its own clause besides its
// verb and noun (its subject, time or place: "how much did the donor
// add", "how many were arrested on Saturday"), asks that part; any other
// ("how big is the reward", "how many people have been arrested") asks
// the total, the thing's size now, as does one in the present tense with
// no time of its own ("how many buses are in the fleet"; presentstate.go).
func (e *Engine) runningTotalWeight(q *query, s *sentence, n quantity) float64 {
	total := -1
	for i, m := range s.nums {
		if m.kind == n.kind && runningTotal(s, m) {
			total = i
		}
	}
	if total < 0 || n.tok > s.nums[total].tok || !slices.ContainsFunc(s.nums[:total], func(m quantity) bool { return m.kind == n.kind }) {
		return 0 // no total, a figure after it, or a total of parts the sentence does not give ("11 shelters in all")
	}
	partAsked := false
	present := askedInPresent(q) // "how many buses are in the fleet": the size now, whatever word of the part's clause it names
	for _, m := range s.nums[:total] {
		partAsked = partAsked || m.kind == n.kind && (!present && e.partNamed(q, s, m) || premodifierSetsApart(q, s, m, s.nums[total]))
	}
	isTotal := n.tok == s.nums[total].tok
	switch {
	case isTotal && (asksTotal(q) || !partAsked):
		return 2
	case isTotal:
		return -2
	case !present && e.partNamed(q, s, n) || premodifierSetsApart(q, s, n, s.nums[total]):
		return 1
	}
	return -2
}

// premodifierSetsApart reports whether the question gives a premodifier
// of part n's noun that the total's noun lacks ("how many electric
// bikes" of "added 300 electric bikes …, bringing the total to 1,150
// bikes"): a premodifier restricts its head to a subclass (Quirk et al.,
// §17.3), so the question counts the part's subclass, not the whole. A
// count's span runs from its figure to its noun, premodifiers between.
func premodifierSetsApart(q *query, s *sentence, n, total quantity) bool {
	if n.kind != qCount || n.end-n.tok < 3 || total.end <= total.tok {
		return false
	}
	for _, t := range s.toks[n.tok+1 : n.end-1] {
		if stopWords[t.lower] || !slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) {
			continue
		}
		if !slices.ContainsFunc(s.toks[total.tok+1:total.end], func(u token) bool { return stemsMeet(u.stem, t.stem) }) {
			return true
		}
	}
	return false
}

// partNamed reports whether the question names a word or an entity of
// part n's own clause other than its verb and the noun it counts: the
// clause runs from the punctuation or conjunction before n to the one
// after it ("and an anonymous donor has added $25,000,").
func (e *Engine) partNamed(q *query, s *sentence, n quantity) bool {
	from, to := clauseOf(s, n)
	verb, head := partVerb(s, n), e.amountHead(s, n)
	for k := from; k < to; k++ {
		if k == verb || k == head || k >= n.tok && k < n.end {
			continue // the verb, and the noun the figure is of ("a $50,000 reward")
		}
		t := s.toks[k]
		if stopWords[t.lower] {
			continue
		}
		if slices.ContainsFunc(q.terms, func(m term) bool { return !inFocus(q.focus, m.stem) && m.matches(t) }) {
			return true
		}
	}
	for _, x := range q.subjects {
		if p := e.lastPosition(s, x, n.tok); p >= from && p < to && contains(s.named, x) {
			return true // "how much did the Red Cross collect"
		}
	}
	return false
}

// clauseOf is the token range of the clause around figure n: from after
// the punctuation, coordinator or figure before it to the next one.
func clauseOf(s *sentence, n quantity) (int, int) {
	bound := func(k int) bool {
		l := s.toks[k].lower
		return l == "and" || l == "but" || l == "while" || isNumeric(s.toks[k]) && k != n.tok && (k < n.tok || k >= n.end)
	}
	from := n.tok
	for from > 0 && !punctuatedBetween(s.text, s.toks, from) && !bound(from-1) {
		from--
	}
	to := n.end
	for to < len(s.toks) && !punctuatedBetween(s.text, s.toks, to) && !bound(to) {
		to++
	}
	return from, to
}

// partVerb is the index of n's verb: the word before it, past
// approximators and the determiner of a noun phrase it premodifies ("is
// offering a $50,000 reward"), or -1.
func partVerb(s *sentence, n quantity) int {
	k := n.tok - 1
	for k >= 0 && approximators[s.toks[k].lower] {
		k--
	}
	if k >= 1 && (determiners[s.toks[k].lower] || possessiveDeterminers[s.toks[k].lower]) {
		k--
	}
	if k < 0 || stopWords[s.toks[k].lower] {
		return -1
	}
	return k
}

// asksTotal reports whether the question names the total ("in total",
// "altogether", "all told").
func asksTotal(q *query) bool {
	return slices.ContainsFunc(q.toks, func(t token) bool {
		return t.lower == "total" || t.lower == "altogether" || t.lower == "combined"
	})
}

// namedAmount reports whether money figure n of candidate c answers q
// though c does not hold all q asks: the figure is named as the amount
// of the noun asked (headFit), c names every entity q names, and each
// word of q that c lacks is a word for a sum of money (moneyNoun: "cost",
// "price", "worth"), which the figure itself gives: "a $1.1 billion
// weather satellite" tells what the satellite costs.
//
// The figure's noun may also name the act the question asks by its verb:
// "earnings" and "payment" are WordNet's derived nouns of "earn" and
// "pay", and a noun names the result of the act it derives from (Quirk
// et al., App. I.31–I.34, deverbal nouns), so "a profit of $412
// million" ({profit, earnings}) tells how much the company earned.
func (e *Engine) namedAmount(q *query, c candidate, n quantity) bool {
	s := &e.r.sents[c.s]
	if c.subjects < len(q.subjects) {
		return false
	}
	verb := e.headNamesAct(q, s, n)
	if verb == "" && e.headFit(q, s, n) != 1 {
		return false
	}
	for _, t := range q.terms {
		if !s.hasTerm(t) && !e.moneyNoun(t.lower) && t.lower != "worth" && t.lower != verb {
			return false
		}
	}
	return true
}

// headNamesAct is the question word whose derived noun, or a WordNet
// synonym of it, is the noun money figure n of s is the amount of
// ("earn": "a profit of $412 million", profit being earnings), or "".
func (e *Engine) headNamesAct(q *query, s *sentence, n quantity) string {
	h := e.amountHead(s, n)
	if e.noLex || h < 0 || n.kind != qMoney {
		return ""
	}
	head := singular(s.toks[h].lower)
	names := append([]string{head, s.toks[h].lower}, e.lex.Synonyms(head)...)
	for _, t := range q.terms {
		for _, w := range []string{t.lower, e.lex.Lemma(t.lower)} {
			if w == "" {
				continue
			}
			if related := e.lex.Related(w); slices.ContainsFunc(names, func(x string) bool { return slices.Contains(related, x) }) {
				return t.lower
			}
		}
	}
	return ""
}
