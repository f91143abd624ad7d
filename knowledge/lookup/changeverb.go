package lookup

import (
	"slices"
	"strings"
)

// Verbs of change in amount (part of stage 4): "how much did sales drop"
// asks the size of a change, which the article gives beside a verb of
// change ("shares jumped 21%", "sales fell by nearly half"), and a change
// the other way ("fell 4.3%") does not answer "how much did it rise".

// calibratableVerbs are the verbs of calibratable changes of state, whose
// change is measured on a scale (Levin, "English Verb Classes and
// Alternations", 1993, §45.6), each with the direction of its change: +1
// up, -1 down, 0 either way; with them "shrink" and "dwindle", which
// WordNet 3.0 files under {decrease, diminish, lessen, fall} as a
// decrease in amount ("decrease in size, range, or extent; 'His earnings
// shrank'"; "become smaller or lose substance").
var calibratableVerbs = map[string]int{
	"appreciate": 1, "balloon": 1, "climb": 1, "gain": 1, "grow": 1, "increase": 1, "jump": 1,
	"mushroom": 1, "rise": 1, "rocket": 1, "skyrocket": 1, "soar": 1, "surge": 1,
	"decline": -1, "decrease": -1, "depreciate": -1, "diminish": -1, "drop": -1, "fall": -1,
	"plummet": -1, "plunge": -1, "tumble": -1, "fluctuate": 0,
	"shrink": -1, "dwindle": -1,
}

// changeDirection is the direction of the change word w names, in any
// inflection ("fell", "jumped", "rising"), and whether it names one.
func (e *Engine) changeDirection(w string) (int, bool) {
	if d, ok := calibratableVerbs[w]; ok {
		return d, true
	}
	if d, ok := calibratableVerbs[e.baseVerb(w)]; ok {
		return d, true
	}
	d, ok := calibratableVerbs[singular(w)]
	return d, ok
}

// goParticles are the particles that make "go" a verb of change, as
// WordNet 3.0 files "go up" with "rise" and "go down" with "fall".
var goParticles = map[string]int{"up": 1, "down": -1}

// askedChange is the direction of the change q asks the size of, and
// whether it asks one: a verb of calibratable change among its words, or
// "go up" and "go down".
func (e *Engine) askedChange(q *query) (int, bool) {
	for i, t := range q.toks {
		if d, ok := e.changeDirection(t.lower); ok {
			return d, true
		}
		if i+1 < len(q.toks) && e.baseVerb(t.lower) == "go" {
			if d, ok := goParticles[q.toks[i+1].lower]; ok {
				return d, true
			}
		}
		if d, ok := comparedDirection[t.lower]; ok && thanEarlierTime(q.toks[i+1:]) {
			return d, true
		}
	}
	return 0, false
}

// comparedDirection is the direction of the comparative determiners of
// quantity (Quirk et al. 1985, §5.25: more, fewer, less).
var comparedDirection = map[string]int{"more": 1, "fewer": -1, "less": -1}

// thanEarlierTime reports whether toks hold "than" with a time before the
// story's own after it ("than last year", "than a year ago", "than in
// 2019"). A comparison of a thing with itself at an earlier time measures
// its change since then: "how many more species than last year" asks
// what "climbed by nine from last year's 109" tells (the comparative
// clause with its predicate left out, Quirk et al. 1985, §15.70).
func thanEarlierTime(toks []token) bool {
	than := slices.IndexFunc(toks, func(t token) bool { return t.lower == "than" })
	if than < 0 {
		return false
	}
	return slices.ContainsFunc(toks[than+1:], func(t token) bool {
		return earlierTimeWords[t.lower] || yearOf(t) != 0
	})
}

// earlierTimeWords mark a time before the present in a comparison's
// standard: the deictic "last" and "ago", and the adverbs of earlier
// time (Quirk et al. 1985, §8.55, time-position adverbials).
var earlierTimeWords = set("last", "ago", "before", "earlier", "previously", "previous", "prior", "yesterday")

// asksChange reports whether q asks the size of a change. A change in a
// sum is told as an amount or as a share of what the sum was ("sales
// fell by nearly half"; AP Stylebook, "percent": a change may be given
// as a percentage or as an amount).
func (e *Engine) asksChange(q *query) bool {
	_, ok := e.askedChange(q)
	return ok
}

// byVerb is the index of the word before "by" and number n, past an
// ("grew by a third"): "by" gives the measure of the change its verb
// names (Quirk et al., §9.61); nil when n follows no "by".
func byVerb(s *sentence, n quantity) []int {
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "by" {
		return nil
	}
	return []int{k - 1}
}

// ofNoun is the index of the noun before "of" and number n, past an
// approximator ("a drop of about 3,000"): a noun of change takes its
// measure in an of-phrase as its verb takes it after "by" (Quirk et al.
// 1985, §17.52 on the of-phrase of a deverbal noun); nil when n follows
// no "of".
func ofNoun(s *sentence, n quantity) []int {
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "of" || s.toks[k-1].cap {
		return nil
	}
	return []int{k - 1}
}

// changeAct is how number n's own verb (numberVerbs, or the verb before
// "by": byVerb) answers a question
// asking a change: 1 when it is a verb of change the same way ("shares
// jumped 21%" for "how much did the stock go up"), -1 when the other way
// ("fell 4.3%"), 0 when q asks no change or n has no verb of change.
func (e *Engine) changeAct(q *query, s *sentence, n quantity) int {
	asked, ok := e.askedChange(q)
	if !ok {
		return 0
	}
	for _, i := range slices.Concat(numberVerbs(s, n), byVerb(s, n), ofNoun(s, n)) {
		if d, ok := e.changeDirection(s.toks[i].lower); ok {
			return sameWay(d, asked)
		}
	}
	if d, ok := changeAdverb(s, n); ok {
		return sameWay(d, asked) // "sales of $610 million, up 19%"
	}
	if d, ok := e.byObjectChange(s, n); ok {
		return sameWay(d, asked) // "raise the average bill by about $11" (causedchange.go)
	}
	return 0
}

// sameWay is 1 when a change of direction d answers a question asking a
// change of direction asked, -1 when it goes the other way.
func sameWay(d, asked int) int {
	if d*asked < 0 {
		return -1
	}
	return 1
}

// changeVerdict answers "did crashes go up" from the sentence that tells
// the change of the thing asked: a stated change's sign settles whether it
// went up or down (Levin 1993, §45.6: a calibratable verb names the
// direction of a change on a scale), so a verb of change the other way is
// a No ("Crashes … dropped from 14 to nine"), one the same way a Yes.
// Every other content word of the question must be in the sentence, the
// verb not denied, and not a plan, an estimate or a change to come
// ("expected to rise").
func (e *Engine) changeVerdict(q *query) (reply, bool) {
	asked, ok := e.askedChange(q)
	if !ok || asked == 0 || q.negated || len(q.subjects) > 0 || changeNounAsked(e, q) || timeRelated.MatchString(strings.ToLower(q.raw)) {
		return reply{}, false // "did orders fall before the layoffs" asks the time of the change too (timerelation.go)
	}
	var rest []term
	for _, t := range q.terms {
		if d, ok := e.changeDirection(t.lower); ok || d != 0 || goParticles[lastWord(t.lower)] != 0 && strings.HasPrefix(t.lower, "go") {
			continue
		}
		rest = append(rest, t)
	}
	if len(rest) == 0 {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue // a headline's verb of change is told again, with its figure, in the body
		}
		if d, ok := e.statedChange(s, rest); ok {
			head := "Yes —"
			if sameWay(d, asked) < 0 {
				head = "No —"
			}
			return reply{found: true, head: head, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// statedChange is the direction of the first verb of change in s that
// follows a word of the first of terms and is neither denied nor intended,
// when s holds every one of terms.
func (e *Engine) statedChange(s *sentence, terms []term) (int, bool) {
	first := -1
	for n, t := range terms {
		at := termAt(s, t)
		if len(at) == 0 {
			return 0, false
		}
		if n == 0 {
			first = at[0]
		}
	}
	for k := first + 1; k < len(s.toks); k++ {
		d, ok := e.changeDirection(s.toks[k].lower)
		if !ok || d == 0 || s.quoted[k] || k > 0 && nounMarker(s.toks[k-1].lower) {
			continue // "its rocket", "a jump": a noun, not the verb of change
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if l := s.toks[j].lower; intentionWords[l] || estimateVerbs[l] || futureModals[l] || l == "to" {
				return 0, false
			}
		}
		if e.denies(s, []int{k}) {
			return 0, false
		}
		return d, true
	}
	return 0, false
}

// nounMarker reports whether w, before a word of change, makes it a noun
// ("the rocket", "its jump", "a 5% increase"): a determiner or a
// possessive (Quirk et al., §5.10–5.16 on determiners).
func nounMarker(w string) bool {
	return determiners[w] || possessiveDeterminers[w] || strings.HasSuffix(w, "'s")
}

// changeNounAsked reports whether the question's word of change is a noun
// ("did the satellite come off the rocket"): then it asks no change.
func changeNounAsked(e *Engine, q *query) bool {
	for i, t := range q.toks {
		if _, ok := e.changeDirection(t.lower); ok {
			return i > 0 && nounMarker(q.toks[i-1].lower)
		}
	}
	return false
}

// timeRelated is a question that places the change in time by a
// subordinator or preposition of time (Quirk et al., §9.37–9.43, §15.25):
// the stated change alone does not settle it.
var timeRelated = lazyRE(`\b(before|after|since|until|till|during|when|while)\b`)

// changedCount is the count a bare change figure n measures the change
// of, and true: the noun phrase of change ("a rise of 34", "a drop of
// about 3,000") stands after a comma in apposition to the clause's last
// count, and an appositive names again what the phrase before it names
// (Quirk et al. 1985, §17.65), so "drew 214 volunteers on Saturday, a
// rise of 34" counts 34 volunteers. False when n has a noun of its own
// or stands in no such phrase.
func (e *Engine) changedCount(s *sentence, n quantity) (quantity, bool) {
	if n.kind != qCount || n.unit != "" {
		return quantity{}, false
	}
	of := ofNoun(s, n)
	if of == nil || of[0] < 2 || !s.toks[of[0]-1].isArticle() || !commaBetween(s, of[0]-2, of[0]-1) {
		return quantity{}, false
	}
	if _, ok := e.changeDirection(s.toks[of[0]].lower); !ok {
		return quantity{}, false
	}
	for i := len(s.nums) - 1; i >= 0; i-- {
		if m := s.nums[i]; m.end < of[0] && m.kind == qCount && m.unit != "" {
			return m, true
		}
	}
	return quantity{}, false
}

// comparedFigure reports whether q asks "how much more" (or "how many
// fewer", "how much less") and figure n is followed by a comparative of
// the same direction: a figure before "more" measures the difference the
// comparison makes ("roughly $1,100 more a year": the measure phrase as
// premodifier of the comparative, Quirk et al. 1985, §7.90), which is
// what the question asks.
func comparedFigure(q *query, s *sentence, n quantity) bool {
	if n.end >= len(s.toks) {
		return false
	}
	after, ok := comparedDirection[s.toks[n.end].lower]
	if !ok {
		return false
	}
	for i := 2; i < len(q.toks); i++ {
		if d, ok := comparedDirection[q.toks[i].lower]; ok && q.toks[i-2].lower == "how" && (q.toks[i-1].lower == "much" || q.toks[i-1].lower == "many") {
			return d == after
		}
	}
	return false
}
