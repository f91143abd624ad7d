package lookup

import (
	"storybot/knowledge"
)

// A place's population as census reports give it (part of stage 4),
// besides "a city of 41,000" (isPopulation):
//
//   - the figure the noun "population" heads, "growing by 6.4% to a
//     population of 6.85 million": a population is "the people who
//     inhabit a territory or state" (WordNet 3.0, population n.1), so the
//     number of it is how many people live there;
//   - the level a place or its population reaches in a change, "The
//     county's population fell 3.7% to about 234,000", "Sable County grew
//     4.2%, to 301,000": a verb of calibratable change takes its end point
//     in a "to" phrase (Levin 1993, §45.6; changePointVerb), and a place
//     grows or shrinks by its people (AP Stylebook, "population");
//   - the figure a "with" phrase gives a place, "Harlan City remained the
//     largest city, with 903,000 people": "with" of having, as in "a
//     house with a garden" (Quirk et al. 1985, ch. 9, the prepositions
//     of having: "with", "without", "of"), after the place, a
//     place noun or the place's rank ("second place", "third").
//
// The figure counts people by a noun of those who live somewhere or
// counts nothing ("to 301,000"), and it is the place's that is named
// nearest before it (the dateline excepted), or that an earlier sentence
// names when the sentence names no place of its own ("The county's
// population fell…").

// residentNouns are the nouns that count the people who live in a place:
// "people" and WordNet 3.0's {inhabitant, dweller, denizen} with
// "resident" ("someone who lives at a particular place").
var residentNouns = set("people", "persons", "residents", "inhabitants", "dwellers", "denizens")

// censusPopulation reports whether n of s is a population in one of
// the forms of census writing.
func (e *Engine) censusPopulation(s *sentence, n quantity) bool {
	if n.kind != qCount || n.value < 1 || n.noun != "" && !residentNouns[n.noun] || quoted(s, n) {
		return false
	}
	k := beforeApproximators(s, n)
	if k < 1 {
		return false
	}
	switch s.toks[k].lower {
	case "of":
		return s.toks[k-1].lower == "population"
	case "with":
		return e.populationHolder(s, k-1)
	case "to":
		v := e.changePointVerb(s, n)
		return v >= 1 && (e.populationHolder(s, v-1) || e.populationHolder(s, beforeAppositive(s, v)))
	}
	return false
}

// beforeAppositive is the index of the word before an appositive set off
// by commas that ends right before token v ("Tarrow, the county seat,
// shrank": Tarrow), or -1: the appositive describes the noun phrase
// before it (Quirk et al., §17.65), which is the verb's subject.
func beforeAppositive(s *sentence, v int) int {
	if !punctuatedBetween(s.text, s.toks, v) {
		return -1
	}
	for k := v - 1; k > 0; k-- {
		if punctuatedBetween(s.text, s.toks, k) {
			return k - 1
		}
	}
	return -1
}

// populationHolder reports whether token k of s, before a change verb
// or a "with" phrase, is a population's holder: the noun "population", a
// place noun ("city", "county"; isPopulation's classes), the end of a
// place's name or of a name no entity holds, or a rank ("second place",
// "third").
func (e *Engine) populationHolder(s *sentence, k int) bool {
	if k < 0 {
		return false
	}
	l := s.toks[k].lower
	if l == "population" || l == "place" || isOrdinal(l) {
		return true
	}
	if x := e.entityEndingAt(s, k); x >= 0 {
		return e.r.ents[x].kind == knowledge.Place
	}
	if t := s.toks[k]; t.cap && !stopWords[l] && !isNumeric(t) {
		return true // a name the article's entities miss ("Tarrow, the county seat, shrank"), whose place the question names
	}
	return e.lex.KindOf(l, "geographical_area") || e.lex.KindOf(l, "administrative_district")
}

// censusPlace reports whether the population figure at token at of
// sentence i is place x's: x is the place (or organisation) named
// nearest before it, outside the dateline; or, when the sentence names
// none before it, x is in scope from an earlier sentence (placeInScope)
// outside any dateline.
func (e *Engine) censusPlace(x, i, at int) bool {
	s := &e.r.sents[i]
	best, bestAt := -1, -1
	for _, p := range s.named {
		if e.r.ents[p].kind == knowledge.Person {
			continue
		}
		if k := e.lastPosition(s, p, at); k >= datelineEnd(s) && k > bestAt {
			best, bestAt = p, k
		}
	}
	if best >= 0 {
		return best == x
	}
	for j := i - 1; j >= 0; j-- {
		if p := &e.r.sents[j]; e.lastPosition(p, x, len(p.toks)) >= 0 {
			return !e.onlyInDateline(p, x) && e.placeInScope(x, i, at)
		}
	}
	return false
}

// capitalBefore is the index of the last capitalised word of s before
// token at and after its dateline, or -1.
func capitalBefore(s *sentence, at int) int {
	for k := at - 1; k >= datelineEnd(s); k-- {
		if s.toks[k].cap {
			return k
		}
	}
	return -1
}

// narrowedPlace reports whether q names, besides its place, a location
// noun that narrows it ("how many people live in Sable County suburbs",
// "in the suburbs of X"): the people counted live in that part, whose
// number the place's population is not. A location is a noun WordNet 3.0
// files under location in its most frequent sense ("suburb",
// "downtown"), other than a noun of the place's own class ("how many
// people live in Ashby County": classNouns).
func (e *Engine) narrowedPlace(q *query) bool {
	for i, t := range q.toks {
		l := singular(t.lower)
		if q.nameToks[i] || stopWords[t.lower] || typeWords[t.lower] || classNouns[l] == "place" || inFocus(q.focus, t.stem) || !e.canBe(l, "noun") {
			continue
		}
		if e.lex.Narrower(l, "location") {
			return true
		}
	}
	return false
}
