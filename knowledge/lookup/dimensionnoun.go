package lookup

import (
	"slices"
	"strings"
)

// dimensionNouns are the nouns of the dimension adjectives, each with the
// "how ADJ" it asks (Quirk et al., §7.83: long/length, wide/width,
// deep/depth, high/height; WordNet 3.0 lists each noun as the attribute
// of its adjective): "the length of the dinosaur" asks how long it was,
// "its weight" how heavy. "Size" asks how big, which the other
// dimensions tell when the question names them too.
var dimensionNouns = map[string]string{"length": "long", "weight": "heavy", "height": "tall",
	"size": "big", "depth": "deep", "width": "wide"}

// dimensionsAsked answers a question that names dimension nouns and asks
// no other type ("size of the dino? length and weight", "what's the
// length of the bridge"): with a measure of each dimension, as "how ADJ"
// would be answered, the noun left out of the words a sentence must hold.
func (e *Engine) dimensionsAsked(q *query) (reply, bool) {
	var adjs []string
	for _, t := range q.toks {
		if a := dimensionNouns[t.lower]; a != "" && !containsStr(adjs, a) {
			adjs = append(adjs, a)
		}
	}
	if len(adjs) > 1 && adjs[0] == "big" {
		adjs = adjs[1:] // "size of the dino? length and weight": the size is the length and weight
	}
	var rest []term
	for _, t := range q.terms {
		if dimensionNouns[t.lower] == "" {
			rest = append(rest, t)
		}
	}
	if len(adjs) == 0 || len(rest) == 0 {
		return reply{}, false
	}
	var out reply
	for _, a := range adjs {
		q2 := *q
		q2.typ, q2.measure, q2.terms, q2.focus = tCount, a, rest, nil
		r, ok := e.amountOf(&q2)
		if !ok {
			return reply{}, false // every dimension asked is answered, or the question is read as it was
		}
		out.merge(r)
	}
	if len(out.parts) == 1 {
		return out.parts[0], true
	}
	out.found = true
	return out, true
}

// askedObjectLength reports whether q asks "how long is X" (or "the
// length of X") of a physical thing: a noun phrase (its determiner
// first, no verb after it) whose head WordNet files under
// physical object and under neither event nor act ("the gate", "the
// dinosaur", but not "the match", a contest, or "the drive"). A thing's
// length is in units of distance; only an event lasts a time.
func (e *Engine) askedObjectLength(q *query) bool {
	head, at, ok := e.lengthSubject(q)
	if !ok || e.stateAt(q, at) {
		return false // "how long was the park underwater": a state's duration
	}
	for _, t := range q.toks[at:] {
		if !stopWords[t.lower] && e.canBe(t.lower, "verb") {
			return false // "how long was the rocket grounded": a state's duration
		}
	}
	return head != "" && e.lex.KindOf(head, "object") && !e.lex.KindOf(head, "event") && !e.lex.KindOf(head, "act") && !e.personNoun(head)
}

// lengthSubject reads the noun phrase after "how long is" (or "the length
// of") in q: its head noun, the index of the first question word past it,
// and whether q has that shape.
func (e *Engine) lengthSubject(q *query) (string, int, bool) {
	if q.measure != "long" || e.noLex {
		return "", 0, false
	}
	k := slices.IndexFunc(q.toks, func(t token) bool { return t.lower == "long" || t.lower == "length" })
	if k < 0 || k+2 >= len(q.toks) || !copulas[q.toks[k+1].lower] && q.toks[k+1].lower != "of" && !modalBe(q.toks, k+1) {
		return "", 0, false // "how long is X", "the length of X", "how long will X be"
	}
	head, at := "", k+2
	for ; at < len(q.toks); at++ {
		t := q.toks[at]
		l := singular(t.lower)
		if head == "" && (determiners[t.lower] || possessivePronouns[t.lower] || t.poss || !stopWords[t.lower] && e.canBe(t.lower, "adj") && !e.canBe(l, "noun")) {
			continue // "the", "its", "the city's", "new"
		}
		if stopWords[t.lower] || !e.canBe(l, "noun") {
			break
		}
		head = l
	}
	return head, at, true
}

// modalBe reports whether q asks with a modal at k and "be" last ("how
// long will the new bridge be"): the modal's subject stands between, as
// the copula's does in "how long is X" (Quirk et al., §3.21, modal
// auxiliaries, and the subject-operator inversion of questions, §11.5).
func modalBe(toks []token, k int) bool {
	return modalAux[toks[k].lower] && toks[len(toks)-1].lower == "be"
}

// askedStateLength reports whether q asks "how long is X" with an
// adjective or adverb of state after the subject ("how long was the park
// underwater"): the copula and the complement make a state, and "how
// long" of a state asks its duration (Quirk et al., §8.58, adjuncts of
// duration), never a distance or a depth.
func (e *Engine) askedStateLength(q *query) bool {
	head, at, ok := e.lengthSubject(q)
	return ok && head != "" && e.stateAt(q, at)
}

// stateAt reports whether question word at, the first past the asked
// subject, is an adjective or adverb that can complement a copula.
func (e *Engine) stateAt(q *query, at int) bool {
	if at >= len(q.toks) || stopWords[q.toks[at].lower] {
		return false
	}
	w := q.toks[at].lower
	return e.canBe(w, "adj") || e.canBe(w, "adv")
}

// dimensionAdjectives are the adjectives a measure phrase premodifies to
// state its dimension ("45 feet long", "60 feet tall": Quirk et al.,
// §7.85, measure phrases modifying adjectives).
var dimensionAdjectives = set("long", "tall", "high", "wide", "deep", "thick")

// otherDimensionStated reports whether measure n states a dimension
// other than the one asked ("45 feet long" for "how tall"); "how big"
// asks any dimension.
func otherDimensionStated(q *query, s *sentence, n quantity) bool {
	if q.size() {
		return distanceApart(s, n) // "how big is the fire": not "burning about eight miles from the site"
	}
	if q.measure == "" {
		return false
	}
	a := statedDimension(s, n)
	return a != "" && a != q.measure && !(a == "tall" && q.measure == "high" || a == "high" && q.measure == "tall")
}

// statedDimension is the dimension adjective measure n is stated in, or
// "": the adjective the measure phrase premodifies ("45 feet long"), the
// dimension noun after "in" ("6 feet in diameter": a measure phrase
// with a prepositional phrase of respect, Quirk et al., §7.85; the
// diameter of a round thing is its width, WordNet 3.0, "diameter": the
// length of a straight line through the center of a circle), or the
// comparative of a dimension adjective before "than" ("longer than 55
// inches": the standard of comparison is in the dimension the
// comparative grades, Quirk et al., §7.74). A hyphenated compound states
// it in its last part ("a 28-mile-wide basin": see hyphenUnit).
func statedDimension(s *sentence, n quantity) string {
	if n.end < len(s.toks) && dimensionAdjectives[s.toks[n.end].lower] && (!s.toks[n.end].cap || s.part != "") {
		return s.toks[n.end].lower // in body text a capital opens a name ("the 272-mile Long Trail")
	}
	if i := strings.LastIndex(s.toks[n.end-1].lower, "-"); i > 0 && dimensionAdjectives[s.toks[n.end-1].lower[i+1:]] {
		return s.toks[n.end-1].lower[i+1:]
	}
	if n.end+1 < len(s.toks) && s.toks[n.end].lower == "in" {
		if a := respectNouns[s.toks[n.end+1].lower]; a != "" {
			return a
		}
	}
	k := beforeApproximators(s, n)
	if k >= 1 && s.toks[k].lower == "than" {
		return dimensionComparatives[s.toks[k-1].lower]
	}
	if a := equativeDimension(s, n); a != "" {
		return a // "as wide as 900 yards" (equativemeasure.go)
	}
	return dimensionOfNoun(s, n) // "at a depth of 9 miles"
}

// respectNouns are the dimension nouns a measure states its dimension by
// after "in" ("6 feet in diameter", "30 feet in length"), with the
// adjective each answers (dimensionNouns, and diameter and thickness:
// WordNet 3.0's attributes of "wide" and "thick").
var respectNouns = map[string]string{"length": "long", "height": "tall", "depth": "deep",
	"width": "wide", "diameter": "wide", "thickness": "thick"}

// dimensionComparatives are the comparatives of dimensionAdjectives
// (English's regular -er comparison, Quirk et al., §7.74).
var dimensionComparatives = map[string]string{"longer": "long", "taller": "tall", "higher": "high",
	"wider": "wide", "deeper": "deep", "thicker": "thick"}

// measuresOtherNoun reports whether n is a compound adjective of measure
// ("14-inch", "1,900-pound") premodifying a common noun the question does
// not ask about: the compound describes the noun it premodifies (Quirk et
// al., §17.97), so "a 14-inch crack in the bridge" measures the crack.
// A person noun after it ("a 6-foot-9 forward") describes the person the
// appositive names, and a predicative or appositive noun phrase ("is a
// 62-foot arch") describes its subject; a distance premodifying a trip ("a 40-mile drive")
// is how far the places are, so "how far" is left alone.
func (e *Engine) measuresOtherNoun(q *query, s *sentence, n quantity) bool {
	if q.measure == "" || q.measure == "far" || q.measure == "close" || q.measure == "near" || e.noLex {
		return false
	}
	if n.kind != qCount || n.noun != "" || !strings.Contains(n.text, "-") || n.end >= len(s.toks) || punctuatedBetween(s.text, s.toks, n.end) {
		return false
	}
	if t := s.toks[n.end]; e.personNoun(singular(t.lower)) && !t.cap {
		return e.measuresPersonNotThing(q, t) // "a 6-foot-4 rancher" is not the catfish asked (personmeasure.go)
	}
	if k := n.tok - 1; k > 0 && (s.toks[k].lower == "a" || s.toks[k].lower == "an") && (copulas[s.toks[k-1].lower] || punctuatedBetween(s.text, s.toks, k)) {
		return false // "Harbor Gate is a 62-foot arch", "Harbor Gate, a 62-foot arch": the noun is the subject
	}
	if k := n.tok - 1; q.measure == "long" && measureOf(n.unit) == "time" && k > 0 && (s.toks[k].lower == "a" || s.toks[k].lower == "an") && s.toks[k-1].lower == "for" {
		return false // "will close for an 18-month overhaul": the event the clause's act lasts for (Quirk et al., §8.58, "for" of duration)
	}
	t := s.toks[n.end]
	if t.cap || stopWords[t.lower] || !e.canBe(singular(t.lower), "noun") {
		return false
	}
	asked := func(t token) bool { return slices.ContainsFunc(q.terms, func(m term) bool { return m.matches(t) }) }
	if h := e.premodifiedHead(s, n.end, true); h > n.end && asked(s.toks[h]) {
		return !askedModifiersHeld(q, s.toks[h], modifiersOf(s, n.end, h)) // "its 900-pound bronze bell": the compound stands first among the premodifiers of the head, bell (Quirk et al., §17.101)
	}
	return !asked(t)
}

// postmodifierReach bounds the words after a head read as its
// postmodifier: a prepositional phrase with its noun phrase ("along Colfax
// Avenue", "on the final hole").
const postmodifierReach = 6

// modifiersOf returns the premodifiers of the head at token h of s, from
// token k, and the words after it up to a comma or postmodifierReach
// words: what a question premodifies may be postmodified in the article
// ("the Colfax corridor": "a corridor along Colfax Avenue"; Quirk et al.,
// §17.99 on premodification answering postmodification).
func modifiersOf(s *sentence, k, h int) []token {
	mods := slices.Clone(s.toks[k:h])
	for j := h + 1; j < len(s.toks) && j <= h+postmodifierReach && !punctuatedBetween(s.text, s.toks, j); j++ {
		mods = append(mods, s.toks[j])
	}
	return mods
}

// askedModifiersHeld reports whether every premodifier the question puts
// before its word for head stands among mods, the modifiers the article
// gives head: a premodifier restricts its head (Quirk et
// al., §17.3), so "the eagle putt" is not "a 12-foot birdie putt".
func askedModifiersHeld(q *query, head token, mods []token) bool {
	for i, t := range q.toks {
		if !stemsMeet(t.stem, head.stem) {
			continue
		}
		for j := i - 1; j >= 0 && !stopWords[q.toks[j].lower] && !whWords[q.toks[j].lower] && !auxiliaries[q.toks[j].lower] && !q.toks[j].poss; j-- { // a genitive determines, it does not premodify ("pickett's sentence": §5.115)
			if !slices.ContainsFunc(mods, func(m token) bool { return m.meets(q.toks[j].stem) }) {
				return false
			}
		}
		return true
	}
	return true
}

// dimensionFits reports whether measure n of s can be the measure q asks:
// not one stated as another dimension, by an adjective or by a position
// word, nor one of another noun or of a substance ("240 feet of water";
// substancemeasure.go).
func (e *Engine) dimensionFits(q *query, s *sentence, n quantity) bool {
	return !otherDimensionStated(q, s, n) && !positionOtherDimension(q, s, n) && !e.measuresOtherNoun(q, s, n) && !e.measuresSubstance(q, s, n)
}

// undimensionedCompound reports whether n is a measure compound of the
// noun asked (unit > 0) whose unit has no dimension of measureUnits, so
// may answer any "how ADJ" of that noun; one with a dimension ("48-page",
// "45-foot") answers only the adjectives of its dimension ("how tall is
// the audit" is not "48-page"). A unit of the asked dimension answers
// before it, as a count of parts ("a four-lane bridge") measures no
// dimension at all (scoreNumber weighs it down).
func undimensionedCompound(s *sentence, n quantity, unit int) bool {
	return measureCompound(s, n) && unit > 0 && measureOf(n.unit) == ""
}

// measuresAsked reports whether n is a compound measure ("a 40-minute
// detour") that premodifies the very noun "how long is X" asks about: the
// article gives that thing's length in the unit it chose, a time for a
// way travelled as well as a distance (AP Stylebook, "dimensions": the
// hyphenated measure stands before the noun it measures; Quirk et al.,
// §17.104 on compound modifiers).
func (e *Engine) measuresAsked(q *query, s *sentence, n quantity) bool {
	head, _, ok := e.lengthSubject(q)
	if !ok || head == "" || !measureCompound(s, n) {
		return false
	}
	h := e.premodifiedNoun(s, n)
	return h >= 0 && singular(s.toks[h].lower) == head
}

// distanceApart reports whether length measure n of s is a distance
// between places: before "away" or "apart", or before "from" with no "to"
// after it (distanceadverb.go: "eight miles from the site"). Such a
// measure is no size of the thing asked; "from X to Y" measures an
// extent, as a route's length.
func distanceApart(s *sentence, n quantity) bool {
	if measureOf(n.unit) != "length" || n.end >= len(s.toks) {
		return false
	}
	switch s.toks[n.end].lower {
	case "away", "apart":
		return true
	case "from":
		for j := n.end + 1; j < len(s.toks) && j <= n.end+8; j++ {
			if s.toks[j].lower == "to" || punctuatedBetween(s.text, s.toks, j) {
				return s.toks[j].lower != "to"
			}
		}
		return distanceFrom(s, n)
	}
	return false
}
