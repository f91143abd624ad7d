package lookup

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
	}
	return 0, false
}

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
	for _, i := range append(numberVerbs(s, n), byVerb(s, n)...) {
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
