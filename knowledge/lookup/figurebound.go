package lookup

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// A bound on one figure (part of stage 4, yes/no): "did more than 500
// people show up", "did the repairs cost over $400k", "was it under a
// million". "More than", "fewer than", "at least", "over" and "under"
// before a numeral compare the figure of the clause with the numeral
// (Quirk et al., §15.63–15.69 on comparison with a phrase as the
// standard; §7.56 on these words as approximators of numerals), so the
// question holds a "how many / how much" question: it is answered by
// itself, and the verdict is the comparison of the article's figure with
// the bound. The article's own approximator keeps its hedge: "about 650"
// is above 500 but says nothing of whether there were more than 640,
// "more than $38,000" is above $30,000 and says nothing of $40,000.

// boundRe is "<aux> A more than|over|… N B": the bound's words and its
// numeral (digits, "$", "k"/"m", a scale word, or "a"/"half a" before a
// scale word).
var boundRe = lazyRE(`^(?:.*?\b)?(is|are|was|were|does|do|did|has|have|had|will|would|could|can|should|may|might)\s+(.*?)\b(more than|greater than|over|above|at least|upwards of|less than|fewer than|under|below|at most)\s+(\$\s?)?((?:\d[\d,]*(?:\.\d+)?\s?(?:k|m|bn)?)|(?:half a|a|one|two|three|four|five|ten)\b)\s*(thousand|million|billion|grand)?\b\s*(.*?)\W*$`)

// boundFirstRe is a yes/no question that bounds a figure (boundRe's
// opening), for the question's type.
var boundFirstRe = lazyRE(`\b(more than|greater than|over|above|at least|upwards of|less than|fewer than|under|below|at most) (\$ ?)?(\d|(half a|a|one|two|three|four|five|ten) (thousand|million|billion|grand)\b)`)

// asksBound reports whether s, a question opening with an auxiliary, puts
// a bound on a count or a sum ("did more than 500 people come"); a
// percentage is a figure of its own type.
func asksBound(s string) bool {
	return boundFirstRe.MatchString(s) && !strings.Contains(s, "%") && !strings.Contains(s, "percent")
}

// figureBound is a question's bound: the "how many / how much" question
// it holds, the bound's value, whether it is a sum of money, and the
// direction a yes needs ("more", "less"; "least" and "most" include the
// bound itself).
type figureBound struct {
	ask   string
	value float64
	money bool
	want  string
	noun  string // the counted noun as written ("people"), if any
}

// boundOf reads the bound of a yes/no question, if it has one.
func boundOf(raw string) (figureBound, bool) {
	l := strings.ToLower(expandChat(raw))
	m := boundRe.FindStringSubmatch(l)
	if m == nil {
		return figureBound{}, false
	}
	aux, pre, op, dollar, num, scale, rest := m[1], m[2], m[3], m[4], m[5], m[6], m[7]
	v, ok := boundValue(num, scale)
	if !ok {
		return figureBound{}, false
	}
	b := figureBound{value: v, money: dollar != "" || scale == "grand", want: boundWant[op]}
	w := strings.Fields(rest)
	if len(w) > 0 && (w[0] == "dollars" || w[0] == "bucks") {
		b.money, w = true, w[1:]
	}
	how := "how much"
	if len(w) > 0 && !b.money && !stopWords[w[0]] && !auxiliaries[w[0]] {
		b.noun = strings.TrimSuffix(w[0], "'s")
		how, w = "how many "+b.noun, w[1:] // "more than 500 people show up": the counted noun
	}
	b.ask = strings.Join(strings.Fields(how+" "+aux+" "+pre+" "+strings.Join(w, " ")), " ")
	return b, true
}

// boundWant is the direction each bound's yes needs.
var boundWant = map[string]string{
	"more than": "more", "greater than": "more", "over": "more", "above": "more", "upwards of": "more",
	"at least": "least", "less than": "less", "fewer than": "less", "under": "less", "below": "less",
	"at most": "most",
}

// boundValue is the value of a bound's numeral: "400k", "1,000", "1.2
// million", "half a million", "a million".
func boundValue(num, scale string) (float64, bool) {
	num = strings.TrimSpace(num)
	mult := map[string]float64{"": 1, "thousand": 1e3, "grand": 1e3, "million": 1e6, "billion": 1e9}[scale]
	words := map[string]float64{"half a": 0.5, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
	if v, ok := words[num]; ok {
		return v * mult, scale != ""
	}
	for suf, f := range map[string]float64{"k": 1e3, "m": 1e6, "bn": 1e9} {
		if n, ok := strings.CutSuffix(num, suf); ok {
			num, mult = strings.TrimSpace(n), mult*f
			break
		}
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	return v * mult, err == nil
}

// figureBounded answers a yes/no question that bounds a figure.
func (e *Engine) figureBounded(q *query) (reply, bool) {
	if q.negated {
		return reply{}, false
	}
	b, ok := boundOf(q.raw)
	if !ok {
		return reply{}, false
	}
	x, s, ok := e.answeredFigure(b.ask)
	if !ok || !e.boundFits(b, x) {
		return reply{}, false
	}
	yes, known := boundVerdict(b, x.value, figureHedge(s, x))
	if !known || intendedFigure(s, x) && !asksFuture(q) {
		// "had hoped to raise $20,000" says nothing of what was raised
		return reply{found: true, head: partialYesNo + " It says:", used: []*sentence{s}}, true
	}
	verdict := "No"
	if yes {
		verdict = "Yes"
	}
	return reply{found: true, head: fmt.Sprintf("%s — %s.", verdict, strings.TrimSpace(hedgeText(s, x)+" "+x.text)), used: []*sentence{s}}, true
}

// answeredFigure is the figure the answer to a how-many or how-much
// question gives, and its sentence.
func (e *Engine) answeredFigure(text string) (quantity, *sentence, bool) {
	return e.figureAnswered(e.understand(text, nil))
}

// figureAnswered is the figure the answer to how-many or how-much query q
// gives (the first of its sentence's figures the answer states), and its
// sentence.
func (e *Engine) figureAnswered(q *query) (quantity, *sentence, bool) {
	if q.typ != tCount && q.typ != tAmount {
		return quantity{}, nil, false
	}
	r, ok := e.quantityOf(q)
	if !ok || !r.found {
		// the whole lookup, which reads the count past a verb the
		// article never uses ("write … tickets": "issued 4,212 tickets")
		r = e.solve(q)
	}
	if !r.found || len(r.used) == 0 {
		return quantity{}, nil, false
	}
	s := r.used[0]
	for _, n := range s.nums {
		if n.text != "" && strings.Contains(strings.ToLower(r.head), strings.ToLower(n.text)) { // "About $380,000." of "about $380,000"
			return n, s, true
		}
	}
	return quantity{}, nil, false
}

// intendedFigure reports whether figure x of s is the aim of a plan or a
// hope, or a figure still to come: a verb of intention, of estimating or
// a future modal within the few words before it, in its clause ("had
// hoped to raise $20,000", "would cost $1.2 million"; Quirk et al.,
// §4.42–4.48).
func intendedFigure(s *sentence, x quantity) bool {
	for k := x.tok - 1; k >= 0 && k >= x.tok-6 && !punctuatedBetween(s.text, s.toks, k+1); k-- {
		if l := s.toks[k].lower; intentionWords[l] || estimateVerbs[l] || futureModals[l] {
			return true
		}
	}
	return false
}

// boundFits reports whether figure x is of the bound's kind: a sum for a
// sum of money, a count of the bound's noun (people for "people").
func (e *Engine) boundFits(b figureBound, x quantity) bool {
	switch {
	case b.money:
		return x.kind == qMoney
	case b.noun == "":
		return x.kind == qMoney || x.kind == qCount
	case x.kind != qCount:
		return false
	case stemOf(b.noun) == x.unit:
		return true
	}
	people := func(w string) bool { return w == "people" || w == "persons" || peopleWords[w] }
	return people(b.noun) && x.noun != "" && (people(x.noun) || e.isPersonNoun(x.noun))
}

// figureHedge is the approximator before figure x of s: "about" and its
// like (-1 below, 0 about, +1 above, 2 exact); "more than 40,000" is
// above, "nearly" and "up to" below.
func figureHedge(s *sentence, x quantity) int {
	k := x.tok - 1
	if k < 0 {
		return 2
	}
	w := s.toks[k].lower
	prev := ""
	if k > 0 {
		prev = s.toks[k-1].lower
	}
	switch {
	case w == "than" && (prev == "more" || prev == "over"), w == "over", w == "least" && prev == "at":
		return 1
	case w == "than" || w == "under" || w == "nearly" || w == "almost" || w == "most" && prev == "at" || w == "to" && prev == "up":
		return -1
	case approximators[w] && w != "at" && w != "just" && w != "only":
		return 0
	}
	return 2
}

// hedgeText is the approximator written before figure x, for the reply.
func hedgeText(s *sentence, x quantity) string {
	if figureHedge(s, x) == 2 {
		return ""
	}
	k := x.tok - 1
	for k > 0 && approximators[s.toks[k-1].lower] || k > 0 && s.toks[k-1].lower == "up" {
		k--
	}
	var w []string
	for _, t := range s.toks[k:x.tok] {
		w = append(w, t.lower)
	}
	return strings.Join(w, " ")
}

// boundVerdict compares figure v, hedged as figureHedge says, with bound
// b: known is false when the hedge leaves the comparison open (a figure
// "about" the bound, within half a unit of its last significant digit,
// or bounded the other way).
func boundVerdict(b figureBound, v float64, hedge int) (yes, known bool) {
	lo, hi := v, v
	switch hedge {
	case 0:
		lo, hi = v-roundingUnit(v)/2, v+roundingUnit(v)/2
	case 1:
		hi = 1e300
	case -1:
		lo = 0
	}
	switch b.want {
	case "more":
		return lo > b.value, lo > b.value || hi <= b.value
	case "least":
		return lo >= b.value, lo >= b.value || hi < b.value
	case "less":
		return hi < b.value, hi < b.value || lo >= b.value
	default: // "most"
		return hi <= b.value, hi <= b.value || lo > b.value
	}
}

// roundingUnit is the place value of the last nonzero digit of a whole
// figure: 100 for 9,200, 10,000 for 410,000, 1 for 14; an approximate
// figure is rounded to it.
func roundingUnit(v float64) float64 {
	u := 1.0
	for v >= 10 && math.Mod(v, u*10) == 0 {
		u *= 10
	}
	return u
}

// A stated limit or goal settles a question of passing it: "was the
// train speeding" of "moving at 37 mph, under the 40 mph limit", "did
// they hit their goal" of "collected 212 units, short of its 250-unit
// goal". "Under", "below" and "within" before "the … limit", and "short
// of" before "the … goal", place the figure on the lower side of the
// bound; "over", "above", "exceeding", "in excess of", "surpassing" and
// "topping" on the upper (Quirk et al., §9.7 and §9.21 on prepositions of
// relative position used of a scale; Horn 1989 on scalar bounds). To
// speed is to travel above the allowed velocity (WordNet, speed v. 2,
// "travel at an excessive or illegal velocity"); to hit, reach, meet or
// make a goal is to come up to it (WordNet, reach v. 1 "reach a goal";
// meet v. 6 "satisfy a condition or requirement"). The question asks of
// the upper side ("speeding", "over the limit", "hit the goal", "as much
// as expected") or the lower ("under the limit", "fall short").

// scaleBound is one kind of bound: the questions that ask whether it was
// passed (up) or not (down), and the sentences that state on which side a
// figure lay, with the words that put it below.
type scaleBound struct {
	up, down, stated *lazyRegexp
	below            map[string]bool
}

// scaleBounds are the limit (passing it is the asked act) and the goal
// (reaching it is).
var scaleBounds = []scaleBound{
	{
		up:     lazyRE(`\b(speeding|sped|(over|above|exceed(ed|ing)?|past|break(ing)?|broke) the (speed )?limit|exceed(ed|ing)? (it|the (speed )?limit))\b`),
		down:   lazyRE(`\b(under|below|within) the (speed )?limit\b`),
		stated: lazyRE(`(?i)\b(under|below|within|over|above|exceeding|in excess of)\s+(?:the|its|a|their)\s+(?:[\w$.,%-]+\s+){0,3}?limit\b`),
		below:  map[string]bool{"under": true, "below": true, "within": true},
	},
	{
		up:     lazyRE(`\b(hit|reach(ed)?|meet|met|make|made|achieve[d]?|beat|top(ped)?|exceed(ed)?|surpass(ed)?)\s+(?:the |its |their |his |her |our )?(fundraising |sales )?(goal|target)s?\b|\bas (much|many)\b.*\b(expected|projected|planned|hoped|forecast|budgeted|predicted)\b`),
		down:   lazyRE(`\b(fall|fell|falls|come|came|comes) short\b|\bmiss(ed)? (?:the |its |their )?(goal|target)\b`),
		stated: lazyRE(`(?i)\b(short of|shy of|exceeding|surpassing|topping|beyond|ahead of)\s+(?:(?:the|its|their|a)\s+)?(?:[\w$.,%-]+\s+){0,5}?(goal|target|projected|expected|forecast|projection|budgeted)\b`),
		below:  map[string]bool{"short of": true, "shy of": true},
	},
}

// limitVerdict answers whether a limit or goal was passed from the
// sentence that states on which side of it the figure lay: the one that
// shares most of the question's terms, one with a figure before one
// without.
func (e *Engine) limitVerdict(q *query) (reply, bool) {
	l := strings.ToLower(q.raw)
	for _, b := range scaleBounds {
		up := b.up.MatchString(l)
		if q.negated || !up && !b.down.MatchString(l) {
			continue
		}
		s, side := e.boundStated(q, b.stated)
		if s == nil {
			return reply{}, false
		}
		if b.below[side] != up {
			return reply{found: true, head: "Yes —", used: []*sentence{s}}, true
		}
		return reply{found: true, head: "No —", used: []*sentence{s}}, true
	}
	return reply{}, false
}

// boundStated is the sentence re finds in that shares most of q's terms
// (a figure in it counting half a term), and the word it places the
// figure by; none when no such sentence shares a term with q.
func (e *Engine) boundStated(q *query, re *lazyRegexp) (*sentence, string) {
	var best *sentence
	var side string
	most := -1
	for i := range e.r.sents {
		s := &e.r.sents[i]
		m := re.FindStringSubmatch(s.text)
		if m == nil {
			continue
		}
		n := 0
		if len(s.nums) > 0 {
			n = 1
		}
		for _, t := range q.terms {
			for _, tok := range s.toks {
				if t.matches(tok) {
					n += 2
					break
				}
			}
		}
		if n > most {
			best, side, most = s, strings.ToLower(m[1]), n
		}
	}
	if most < 2 {
		return nil, "" // no sentence shares a word with the question
	}
	return best, side
}
