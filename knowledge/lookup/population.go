package lookup

import (
	"slices"

	"storybot/knowledge"
)

// A place's population as news writing gives it (part of stage 4): a bare
// number after "of" that a place noun heads, "the city of about 41,000",
// "this central Oregon town of 3,000". The number has no noun of its own;
// the place's size is its people (AP Stylebook, "population": a city of
// 41,000 is one of 41,000 residents).

// numberApproximators are the words that hedge a number before it ("of
// about 41,000"): the approximators among the downtoners (Quirk et al.,
// §8.104: almost, nearly, roughly) and the approximating prepositions and
// determiner of numbers (about, around, some, approximately).
var numberApproximators = set("about", "around", "some", "roughly", "nearly", "almost", "approximately", "just", "over", "under")

// numberBounds are the two-word bounds of a figure (Quirk et al.,
// §7.56–7.57): the figure without them says more than the article.
var numberBounds = set("more than", "fewer than", "less than", "at least", "at most", "up to", "an estimated")

// populationQuestion reports whether q asks how many people live
// somewhere: a count of people whose verb is one of living in a place,
// WordNet's {inhabit, live, dwell, populate}, named by "inhabit" or
// a synonym of it.
//
// "How big is X" of a place X that the question says nothing else of
// asks the same: news writing gives a town's size as its people, "a
// town of 9,400" (AP Stylebook, "population").
func (e *Engine) populationQuestion(q *query) bool {
	if e.noLex || q.typ != tCount || len(q.subjects) != 1 {
		return false
	}
	if q.size() && len(q.terms) == 0 && len(q.focus) == 0 && e.r.ents[q.subjects[0]].kind == knowledge.Place {
		return true
	}
	return slices.ContainsFunc(q.focus, e.countsPersons) && slices.ContainsFunc(q.terms, e.inhabits) && !e.narrowedPlace(q)
}

// populationAnswers reports whether n, a place's population ("a town of
// about 9,800 people"), can answer q: it counts the people who live
// there, so it answers no question of another act ("how many people work
// at the plant"), one with a word that can be a verb other than a light
// verb or one of living somewhere.
func (e *Engine) populationAnswers(q *query) bool {
	if e.populationQuestion(q) {
		return true
	}
	for _, t := range q.terms {
		if lightVerbs[t.lower] || inFocus(q.focus, t.stem) || e.inhabits(t) {
			continue
		}
		if slices.Contains(e.lex.PartsOfSpeech(t.lower), "verb") {
			return false
		}
	}
	return true
}

// inhabits reports whether question word t is "inhabit" or a synonym of
// it in WordNet ({inhabit, live, dwell, populate}).
func (e *Engine) inhabits(t term) bool {
	return t.lower == "inhabit" || slices.Contains(e.lex.Synonyms(t.lower), "inhabit")
}

// appositivePopulation answers "how many people live in X" when X is no
// entity of the article's own (a town named only inside a longer name,
// "Delmont State"): the population of an appositive that a place noun
// heads, "in Delmont, a city of about 54,000", describes the noun phrase
// right before it (Quirk et al., §17.65, appositive noun phrases), so it
// is X's when that is a capitalised word of the question.
func (e *Engine) appositivePopulation(q *query) (reply, bool) {
	if e.noLex || q.typ != tCount || len(q.subjects) != 0 || !slices.ContainsFunc(q.focus, e.countsPersons) || !slices.ContainsFunc(q.terms, e.inhabits) {
		return reply{}, false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if !e.isPopulation(s, n) || quoted(s, n) {
				continue
			}
			if x := appositiveHead(s, n); x >= 0 && slices.ContainsFunc(q.terms, func(t term) bool { return t.lower == s.toks[x].lower }) {
				return reply{found: true, head: capitalise(hedged(s, n)) + peopleNoun(n) + ".", used: []*sentence{s}}, true
			}
		}
	}
	return reply{}, false
}

// appositiveHead is the capitalised word before the comma that opens the
// appositive of population n ("Delmont, a city of about 54,000"), or -1.
func appositiveHead(s *sentence, n quantity) int {
	k := beforeApproximators(s, n)
	k -= 2 // "of" and the place noun
	if k >= 1 && (s.toks[k].lower == "a" || s.toks[k].lower == "an") {
		k--
	}
	if k < 0 || !punctuatedBetween(s.text, s.toks, k+1) || s.toks[k].text == s.toks[k].lower {
		return -1
	}
	return k
}

// namesPopulation reports whether q asks the population of the one
// place it names by that noun ("what's the population of X").
func (e *Engine) namesPopulation(q *query) bool {
	if e.noLex || len(q.subjects) != 1 || e.narrowedPlace(q) {
		return false
	}
	for _, t := range q.terms {
		if t.stem == stemOf("population") {
			return true
		}
	}
	return false
}

// countsPersons reports whether the counted stem f names people.
func (e *Engine) countsPersons(f string) bool {
	return f == "peopl" || f == "person" || e.lex.KindOf(f, "person")
}

// populationOf answers "how many people live in X" with the population
// the article gives a place that X is: a number after "of" headed by a
// place noun, in a sentence that names X or in the paragraph after one
// that does, where "the city" can only be the place last named (the
// anaphoric definite article, Quirk et al., §5.28).
func (e *Engine) populationOf(q *query) (reply, bool) {
	x := q.subjects[0]
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, n := range s.nums {
			if (!e.isPopulation(s, n) || !e.placeInScope(x, i, n.tok) || quoted(s, n)) && (!e.censusPopulation(s, n) || !e.censusPlace(x, i, n.tok)) {
				continue // neither "the city of about 41,000" nor "a population of 6.85 million" (censuspopulation.go)
			}
			return reply{found: true, head: capitalise(hedged(s, n)) + peopleNoun(n) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// isPopulation reports whether n is a place's population: a count with no
// noun of its own or a noun of people ("a town of about 9,800 people", "a
// city of 41,000 residents"), after "of" and any approximator, and that
// "of" after a noun WordNet classes as a geographical area or an
// administrative district ("city", "town", "village", "county").
func (e *Engine) isPopulation(s *sentence, n quantity) bool {
	if n.kind != qCount || n.unit != "" && !e.countsPeople(n) || n.value < 1 {
		return false
	}
	k := beforeApproximators(s, n)
	if k < 1 || s.toks[k].lower != "of" {
		return false
	}
	place := s.toks[k-1].lower
	return e.lex.KindOf(place, "geographical_area") || e.lex.KindOf(place, "administrative_district")
}

// placeInScope reports whether sentence i names place x (alone or
// within a longer name) before token at, or one of the
// sentences of its paragraph or the paragraph before does and no other
// place is named between.
func (e *Engine) placeInScope(x, i, at int) bool {
	s := &e.r.sents[i]
	for j := i; j >= 0; j-- {
		p := &e.r.sents[j]
		if p.para == 0 || p.para < s.para-1 {
			return false
		}
		limit := len(p.toks)
		if j == i {
			limit = at // an antecedent comes before its anaphor
		}
		if e.lastPosition(p, x, limit) >= 0 {
			return true // named, alone or within a longer name ("Carver Falls City Hall")
		}
		if j < i && len(p.named) > 0 && e.namesOtherPlace(p, x) {
			return false
		}
	}
	return false
}

// namesOtherPlace reports whether s names a place other than x.
func (e *Engine) namesOtherPlace(s *sentence, x int) bool {
	for _, p := range s.named {
		if p != x && e.r.ents[p].kind == knowledge.Place {
			return true
		}
	}
	return false
}

// hedged is the number with the approximators and bounds the article puts
// before it ("about 41,000", "more than 300"): the answer claims no more
// exactness than the article.
func hedged(s *sentence, n quantity) string {
	k := hedgeStart(s, n)
	if k == n.tok {
		return n.text
	}
	return s.text[s.toks[k].start:s.toks[n.tok].start] + n.text
}

// peopleNoun is what the answer adds after a population: nothing when
// the article gives its noun ("9,800 people", "41,000 residents"), which
// the number's text holds, else "people".
func peopleNoun(n quantity) string {
	if n.unit != "" {
		return ""
	}
	return " people"
}

// hedgeStart is the token where n's approximators and bounds begin, n's
// own when it has none.
func hedgeStart(s *sentence, n quantity) int {
	k := n.tok
	for k > 0 && numberApproximators[s.toks[k-1].lower] {
		k--
	}
	if k > 1 && numberBounds[s.toks[k-2].lower+" "+s.toks[k-1].lower] {
		k -= 2 // "more than 300 dogs", "at least 12"
	}
	return k
}
