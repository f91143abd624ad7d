package lookup

import (
	"slices"
	"strings"
)

// Caused changes in amount (part of stage 4): "approved a rate increase
// that will raise the average bill by about $11 a month" gives the size
// of a change as surely as "the bill will rise by $11". The transitive
// verb names the change its object undergoes, and "by" after the object
// gives the measure of that change ("raised prices by 5%": Quirk et al.,
// §9.61, "by" of measure, which follows the object of a transitive verb
// as it follows an intransitive one).

// causedChangeVerbs are the verbs of causing a change in amount, each
// with the direction of the change: the WordNet 3.0 verbs under
// "increase" (v. 2, "make bigger or more") and "decrease" (v. 1, "make
// smaller") whose gloss is of a level or amount ("raise": "raise the
// level or amount of something", "raise the price of bread"; "boost",
// "hike": "the landlord hiked up the rents"; "lower"; "reduce": "cut
// down on"; "slash": "cut drastically; prices were slashed"). "Cut"
// stays out: "an ice storm cut power to 120,000 customers" cuts off, not
// down. Only the article's verbs are read so: a question's "raise" is
// left to the ranking.
var causedChangeVerbs = map[string]int{
	"raise": 1, "boost": 1, "hike": 1,
	"lower": -1, "reduce": -1, "slash": -1,
}

// byObjectSpan is how many words "by" may stand after the verb whose
// object it follows ("raise the average residential electric bill by").
const byObjectSpan = 7

// byObjectChange is the direction of the change whose measure number n
// gives after "by" and the object of a verb of change or of caused change
// ("raise the average residential electric bill by about $11"), and
// whether it is one.
func (e *Engine) byObjectChange(s *sentence, n quantity) (int, bool) {
	k, d := e.byObjectVerb(s, n)
	return d, k >= 0
}

// byObjectVerb is the index of the verb of change or caused change whose
// measure n gives after "by" and the verb's object, with the change's
// direction, or -1. The walk back from "by" stays in its clause: no
// punctuation between.
func (e *Engine) byObjectVerb(s *sentence, n quantity) (int, int) {
	by := byVerb(s, n)
	if by == nil {
		return -1, 0
	}
	for k := by[0]; k >= 0 && k >= by[0]-byObjectSpan; k-- {
		if d, ok := e.causedChange(s.toks[k].lower); ok {
			return k, d
		}
		if d, ok := e.changeDirection(s.toks[k].lower); ok && k < by[0] && e.verbForm(s.toks[k].lower) {
			return k, d
		}
		if punctuatedBetween(s.text, s.toks, k) {
			break
		}
	}
	return -1, 0
}

// causedChange is the direction of the change the verb w causes, in any
// inflection ("raised", "slashing"), and whether it names one.
func (e *Engine) causedChange(w string) (int, bool) {
	if d, ok := causedChangeVerbs[w]; ok {
		return d, true
	}
	d, ok := causedChangeVerbs[e.baseVerb(w)]
	return d, ok
}

// onlyChangeUnheld reports whether s holds every term of q but the words
// of the change asked ("go up", "rise"), and some other: a sentence that
// tells the change of the thing asked by another verb ("raise the fare
// by 25 cents" for "how much did fares go up") holds all that is asked,
// the change itself told by the figure's own verb (changeAct).
func (e *Engine) onlyChangeUnheld(q *query, s *sentence) bool {
	held := 0
	for _, t := range q.terms {
		if s.hasTerm(t) || phraseIn(s, t) {
			held++
			continue
		}
		if !e.changeTerm(t) {
			return false
		}
	}
	return held > 0
}

// changeTerm reports whether t is a word of change in amount: a verb of
// change, a caused change, or "go up" and "go down".
func (e *Engine) changeTerm(t term) bool {
	f := strings.Fields(t.lower)
	if len(f) == 2 && e.baseVerb(f[0]) == "go" {
		_, ok := goParticles[f[1]]
		return ok
	}
	if len(f) != 1 {
		return false
	}
	if _, ok := e.changeDirection(f[0]); ok {
		return true
	}
	_, ok := e.causedChange(f[0])
	return ok
}

// causedOfAsked reports whether figure n measures, after "by", the change
// a causative verb makes in its object, and that object holds a word of
// q ("raise downtown parking meter rates by 50 cents": the rates').
func (e *Engine) causedOfAsked(q *query, s *sentence, n quantity) bool {
	k, _ := e.byObjectVerb(s, n)
	if k < 0 {
		return false
	}
	if _, ok := e.causedChange(s.toks[k].lower); !ok {
		return false
	}
	by := byVerb(s, n)[0]
	return k < by && slices.ContainsFunc(s.toks[k+1:by+1], q.holdsWord)
}
